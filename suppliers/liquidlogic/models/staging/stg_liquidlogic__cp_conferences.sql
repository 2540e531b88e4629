-- One row per FACT_CP_CONFERENCE row (child protection conference record), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'fact_cp_conference') }}

),

renamed as (

    select
        cast(fact_cp_conference_id as {{ ssd_type('string') }}) as cp_conference_key,
        {{ ssd_id('fact_cp_conference_id') }} as cp_conference_id,
        {{ ssd_id('fact_meeting_id') }} as meeting_id,
        {{ ssd_id('fact_s47_id') }} as s47_enquiry_id,
        {{ ssd_id('fact_referral_id') }} as referral_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(due_dttm as {{ ssd_type('timestamp') }}) as due_date,
        {{ ssd_yn('transfer_in_flag') }} as transfer_in_flag,
        {{ ssd_yn('outcome_nfa_flag') }} as outcome_nfa_flag,
        {{ ssd_yn('outcome_referral_to_other_agency_flag') }} as outcome_referral_to_other_agency_flag,
        {{ ssd_yn('outcome_single_assessment_flag') }} as outcome_single_assessment_flag,
        {{ ssd_yn('outcome_prov_of_services_flag') }} as outcome_prov_of_services_flag,
        {{ ssd_yn('outcome_cp_flag') }} as outcome_cp_flag,
        {{ ssd_yn('other_outcomes_exist_flag') }} as other_outcomes_exist_flag,
        cast(total_no_of_outcomes as integer) as total_no_of_outcomes,
        {{ ssd_id('organised_by_dept_id') }} as organised_by_team_id,
        {{ ssd_clean_text('organised_by_user_staff_id') }} as organised_by_staff_id
    from source

)

select * from renamed
