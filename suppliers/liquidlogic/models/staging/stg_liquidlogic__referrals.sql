-- One row per FACT_REFERRALS row (CIN referral / episode), renamed and typed; outcome flags normalised with the raw
-- value kept; both the worker id and the worker name the SystemC extract used are kept.
with source as (

    select * from {{ source('liquidlogic', 'fact_referrals') }}

),

renamed as (

    select
        cast(fact_referral_id as {{ ssd_type('string') }}) as referral_key,
        {{ ssd_id('fact_referral_id') }} as referral_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(refrl_start_dttm as {{ ssd_type('timestamp') }}) as referral_date,
        cast(refrl_end_dttm as {{ ssd_type('timestamp') }}) as close_date,
        upper({{ ssd_clean_text('dim_lookup_category_of_need_code') }}) as primary_need_code,
        upper({{ ssd_clean_text('dim_lookup_cont_sorc_id') }}) as referral_source_code,
        {{ ssd_clean_text('dim_lookup_cont_sorc_id_desc') }} as referral_source_description,
        upper({{ ssd_clean_text('dim_lookup_refrl_endrsn_id_code') }}) as close_reason_code,
        {{ ssd_id('dim_department_id') }} as team_id,
        {{ ssd_id('dim_worker_id') }} as worker_id,
        {{ ssd_clean_text('dim_worker_id_desc') }} as worker_name,
        {{ ssd_yn('outcome_single_assessment_flag') }} as outcome_single_assessment_flag,
        cast(outcome_single_assessment_flag as {{ ssd_type('string') }}) as outcome_single_assessment_flag_raw,
        {{ ssd_yn('outcome_strategy_discussion_flag') }} as outcome_strategy_discussion_flag,
        cast(outcome_strategy_discussion_flag as {{ ssd_type('string') }}) as outcome_strategy_discussion_flag_raw,
        {{ ssd_yn('outcome_cla_request_flag') }} as outcome_cla_request_flag,
        cast(outcome_cla_request_flag as {{ ssd_type('string') }}) as outcome_cla_request_flag_raw,
        {{ ssd_yn('outcome_non_agency_adoption_flag') }} as outcome_non_agency_adoption_flag,
        cast(outcome_non_agency_adoption_flag as {{ ssd_type('string') }}) as outcome_non_agency_adoption_flag_raw,
        {{ ssd_yn('outcome_private_fostering_flag') }} as outcome_private_fostering_flag,
        cast(outcome_private_fostering_flag as {{ ssd_type('string') }}) as outcome_private_fostering_flag_raw,
        {{ ssd_yn('outcome_cp_transfer_in_flag') }} as outcome_cp_transfer_in_flag,
        cast(outcome_cp_transfer_in_flag as {{ ssd_type('string') }}) as outcome_cp_transfer_in_flag_raw,
        {{ ssd_yn('outcome_cp_conference_flag') }} as outcome_cp_conference_flag,
        cast(outcome_cp_conference_flag as {{ ssd_type('string') }}) as outcome_cp_conference_flag_raw,
        {{ ssd_yn('outcome_care_leaver_flag') }} as outcome_care_leaver_flag,
        cast(outcome_care_leaver_flag as {{ ssd_type('string') }}) as outcome_care_leaver_flag_raw,
        {{ ssd_yn('outcome_nfa_flag') }} as outcome_nfa_flag,
        cast(outcome_nfa_flag as {{ ssd_type('string') }}) as outcome_nfa_flag_raw,
        {{ ssd_yn('other_outcomes_exist_flag') }} as other_outcomes_exist_flag,
        cast(other_outcomes_exist_flag as {{ ssd_type('string') }}) as other_outcomes_exist_flag_raw,
        cast(total_no_of_outcomes as integer) as total_no_of_outcomes
    from source

)

select * from renamed
