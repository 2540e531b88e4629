-- One row per FACT_SINGLE_ASSESSMENT row (including drafts and cancelled assessments), renamed and typed;
-- outcome flags normalised with the raw value kept.
with source as (

    select * from {{ source('liquidlogic', 'fact_single_assessment') }}

),

renamed as (

    select
        cast(fact_single_assessment_id as {{ ssd_type('string') }}) as single_assessment_key,
        {{ ssd_id('fact_single_assessment_id') }} as single_assessment_id,
        {{ ssd_id('external_id') }} as external_id,
        {{ ssd_id('fact_referral_id') }} as referral_id,
        {{ ssd_id('fact_form_id') }} as form_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as start_date,
        upper({{ ssd_clean_text('dim_lookup_step_substatus_code') }}) as step_substatus_code,
        {{ ssd_yn('outcome_nfa_flag') }} as outcome_nfa_flag,
        cast(outcome_nfa_flag as {{ ssd_type('string') }}) as outcome_nfa_flag_raw,
        {{ ssd_yn('outcome_nfa_s47_end_flag') }} as outcome_nfa_s47_end_flag,
        cast(outcome_nfa_s47_end_flag as {{ ssd_type('string') }}) as outcome_nfa_s47_end_flag_raw,
        {{ ssd_yn('outcome_strategy_discussion_flag') }} as outcome_strategy_discussion_flag,
        cast(outcome_strategy_discussion_flag as {{ ssd_type('string') }}) as outcome_strategy_discussion_flag_raw,
        {{ ssd_yn('outcome_cla_request_flag') }} as outcome_cla_request_flag,
        cast(outcome_cla_request_flag as {{ ssd_type('string') }}) as outcome_cla_request_flag_raw,
        {{ ssd_yn('outcome_private_fostering_flag') }} as outcome_private_fostering_flag,
        cast(outcome_private_fostering_flag as {{ ssd_type('string') }}) as outcome_private_fostering_flag_raw,
        {{ ssd_yn('outcome_legal_action_flag') }} as outcome_legal_action_flag,
        cast(outcome_legal_action_flag as {{ ssd_type('string') }}) as outcome_legal_action_flag_raw,
        {{ ssd_yn('outcome_prov_of_services_flag') }} as outcome_prov_of_services_flag,
        cast(outcome_prov_of_services_flag as {{ ssd_type('string') }}) as outcome_prov_of_services_flag_raw,
        {{ ssd_yn('outcome_prov_of_sb_care_flag') }} as outcome_prov_of_sb_care_flag,
        cast(outcome_prov_of_sb_care_flag as {{ ssd_type('string') }}) as outcome_prov_of_sb_care_flag_raw,
        {{ ssd_yn('outcome_specialist_assessment_flag') }} as outcome_specialist_assessment_flag,
        cast(outcome_specialist_assessment_flag as {{ ssd_type('string') }}) as outcome_specialist_assessment_flag_raw,
        {{ ssd_yn('outcome_referral_to_other_agency_flag') }} as outcome_referral_to_other_agency_flag,
        cast(
            outcome_referral_to_other_agency_flag as {{ ssd_type('string') }}
        ) as outcome_referral_to_other_agency_flag_raw,
        {{ ssd_yn('outcome_other_actions_flag') }} as outcome_other_actions_flag,
        cast(outcome_other_actions_flag as {{ ssd_type('string') }}) as outcome_other_actions_flag_raw,
        {{ ssd_yn('other_outcomes_exist_flag') }} as other_outcomes_exist_flag,
        cast(other_outcomes_exist_flag as {{ ssd_type('string') }}) as other_outcomes_exist_flag_raw,
        cast(total_no_of_outcomes as integer) as total_no_of_outcomes,
        {{ ssd_id('completed_by_dept_id') }} as completed_by_team_id,
        {{ ssd_id('completed_by_user_id') }} as completed_by_worker_id
    from source

)

select * from renamed
