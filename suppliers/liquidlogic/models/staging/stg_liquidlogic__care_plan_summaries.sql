-- One row per FACT_CARE_PLAN_SUMMARY row (plans of every type and status), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'fact_care_plan_summary') }}

),

renamed as (

    select
        cast(fact_care_plan_summary_id as {{ ssd_type('string') }}) as care_plan_summary_key,
        {{ ssd_id('fact_care_plan_summary_id') }} as care_plan_summary_id,
        {{ ssd_id('fact_referral_id') }} as referral_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_dttm as {{ ssd_type('timestamp') }}) as end_date,
        upper({{ ssd_clean_text('dim_lookup_plan_type_code') }}) as plan_type_code,
        {{ ssd_clean_text('dim_lookup_plan_status_id_code') }} as plan_status_code
    from source

)

select * from renamed
