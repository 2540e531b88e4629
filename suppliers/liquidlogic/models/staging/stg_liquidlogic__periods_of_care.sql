-- One row per FACT_CLA row (a period of care: entry to care until leaving care), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'fact_cla') }}

),

renamed as (

    select
        cast(fact_cla_id as {{ ssd_type('string') }}) as period_of_care_key,
        {{ ssd_id('fact_cla_id') }} as period_of_care_id,
        {{ ssd_id('fact_referral_id') }} as referral_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as entered_care_date,
        {{ ssd_yn('immu_up_to_date_flag') }} as immunisations_up_to_date_flag
    from source

)

select * from renamed
