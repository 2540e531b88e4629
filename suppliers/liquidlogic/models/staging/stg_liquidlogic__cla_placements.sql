-- One row per FACT_CLA_PLACEMENT row (903 placement), renamed and typed; distance stays text here.
with source as (

    select * from {{ source('liquidlogic', 'fact_cla_placement') }}

),

renamed as (

    select
        cast(fact_cla_placement_id as {{ ssd_type('string') }}) as placement_key,
        {{ ssd_id('fact_cla_placement_id') }} as placement_id,
        {{ ssd_id('fact_cla_id') }} as period_of_care_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_dttm as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_clean_text('dim_lookup_placement_type_code') }} as placement_type_code,
        upper({{ ssd_clean_text('dim_lookup_placement_provider_code') }}) as placement_provider_code,
        upper({{ ssd_clean_text('dim_lookup_plac_chng_reas_code') }}) as change_reason_code,
        upper({{ ssd_clean_text('postcode') }}) as postcode,
        {{ ssd_clean_text('distance_from_home') }} as distance_from_home_text,
        cast(ffa_is_plan_date as {{ ssd_type('timestamp') }}) as ffa_decision_date
    from source

)

select * from renamed
