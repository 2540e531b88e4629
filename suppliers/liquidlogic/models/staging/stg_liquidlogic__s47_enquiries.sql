-- One row per FACT_S47 row (section 47 enquiry), renamed and typed; no filtering.
with source as (

    select * from {{ source('liquidlogic', 'fact_s47') }}

),

renamed as (

    select
        cast(fact_s47_id as {{ ssd_type('string') }}) as s47_enquiry_key,
        {{ ssd_id('fact_s47_id') }} as s47_enquiry_id,
        {{ ssd_id('fact_referral_id') }} as referral_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_dttm as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_yn('outcome_nfa_flag') }} as outcome_nfa_flag,
        {{ ssd_yn('outcome_legal_action_flag') }} as outcome_legal_action_flag,
        {{ ssd_yn('outcome_prov_of_services_flag') }} as outcome_prov_of_services_flag,
        {{ ssd_yn('outcome_prov_of_sb_care_flag') }} as outcome_prov_of_sb_care_flag,
        {{ ssd_yn('outcome_cp_conference_flag') }} as outcome_cp_conference_flag,
        {{ ssd_yn('outcome_nfa_continue_single_flag') }} as outcome_nfa_continue_single_flag,
        {{ ssd_yn('outcome_monitor_flag') }} as outcome_monitor_flag,
        {{ ssd_yn('other_outcomes_exist_flag') }} as other_outcomes_exist_flag,
        cast(total_no_of_outcomes as integer) as total_no_of_outcomes,
        {{ ssd_id('completed_by_dept_id') }} as completed_by_team_id,
        {{ ssd_clean_text('completed_by_user_staff_id') }} as completed_by_staff_id
    from source

)

select * from renamed
