-- One row per FACT_CONTACTS row, renamed and typed; outcome flags normalised to Y/N with the raw value kept beside
-- each; the contact date is the day of CONTACT_DTTM.
with source as (

    select * from {{ source('liquidlogic', 'fact_contacts') }}

),

renamed as (

    select
        cast(fact_contact_id as {{ ssd_type('string') }}) as contact_key,
        {{ ssd_id('fact_contact_id') }} as contact_id,
        {{ ssd_id('external_id') }} as external_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(contact_dttm as {{ ssd_type('timestamp') }}) as contact_dttm,
        cast(cast(contact_dttm as date) as {{ ssd_type('timestamp') }}) as contact_date,
        upper({{ ssd_clean_text('dim_lookup_cont_sorc_id') }}) as contact_source_code,
        {{ ssd_clean_text('dim_lookup_cont_sorc_id_desc') }} as contact_source_description,
        {{ ssd_id('dim_lookup_familyofresidence_id') }} as family_of_residence_id,
        {{ ssd_yn('outcome_new_referral_flag') }} as outcome_new_referral_flag,
        cast(outcome_new_referral_flag as {{ ssd_type('string') }}) as outcome_new_referral_flag_raw,
        {{ ssd_yn('outcome_existing_referral_flag') }} as outcome_existing_referral_flag,
        cast(outcome_existing_referral_flag as {{ ssd_type('string') }}) as outcome_existing_referral_flag_raw,
        {{ ssd_yn('outcome_cp_enquiry_flag') }} as outcome_cp_enquiry_flag,
        cast(outcome_cp_enquiry_flag as {{ ssd_type('string') }}) as outcome_cp_enquiry_flag_raw,
        {{ ssd_yn('outcome_nfa_flag') }} as outcome_nfa_flag,
        cast(outcome_nfa_flag as {{ ssd_type('string') }}) as outcome_nfa_flag_raw,
        {{ ssd_yn('outcome_non_agency_adoption_flag') }} as outcome_non_agency_adoption_flag,
        cast(outcome_non_agency_adoption_flag as {{ ssd_type('string') }}) as outcome_non_agency_adoption_flag_raw,
        {{ ssd_yn('outcome_private_fostering_flag') }} as outcome_private_fostering_flag,
        cast(outcome_private_fostering_flag as {{ ssd_type('string') }}) as outcome_private_fostering_flag_raw,
        {{ ssd_yn('outcome_advice_flag') }} as outcome_advice_flag,
        cast(outcome_advice_flag as {{ ssd_type('string') }}) as outcome_advice_flag_raw,
        {{ ssd_yn('outcome_missing_flag') }} as outcome_missing_flag,
        cast(outcome_missing_flag as {{ ssd_type('string') }}) as outcome_missing_flag_raw,
        {{ ssd_yn('outcome_ola_cp_flag') }} as outcome_ola_cp_flag,
        cast(outcome_ola_cp_flag as {{ ssd_type('string') }}) as outcome_ola_cp_flag_raw,
        {{ ssd_yn('other_outcomes_exist_flag') }} as other_outcomes_exist_flag,
        cast(other_outcomes_exist_flag as {{ ssd_type('string') }}) as other_outcomes_exist_flag_raw,
        cast(total_no_of_outcomes as integer) as total_no_of_outcomes
    from source

)

select * from renamed
