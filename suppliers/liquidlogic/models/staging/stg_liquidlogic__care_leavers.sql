-- One row per FACT_CLA_CARE_LEAVERS row (a care-leaver contact record), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'fact_cla_care_leavers') }}

),

renamed as (

    select
        cast(fact_cla_care_leavers_id as {{ ssd_type('string') }}) as care_leaver_key,
        {{ ssd_id('fact_cla_care_leavers_id') }} as care_leaver_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(in_touch_dttm as {{ ssd_type('timestamp') }}) as in_touch_date,
        upper({{ ssd_clean_text('dim_lookup_in_touch_code_code') }}) as in_touch_code,
        {{ ssd_clean_text('dim_lookup_accommodation_code_desc') }} as accommodation_description,
        {{ ssd_clean_text('dim_lookup_accommodation_suitable_desc') }} as accommodation_suitable_description,
        {{ ssd_clean_text('dim_lookup_main_activity_desc') }} as main_activity_description
    from source

)

select * from renamed
