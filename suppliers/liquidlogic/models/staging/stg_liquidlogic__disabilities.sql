-- One row per FACT_DISABILITY row (current and ended disability codes), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'fact_disability') }}

),

renamed as (

    select
        cast(fact_disability_id as {{ ssd_type('string') }}) as disability_key,
        {{ ssd_id('fact_disability_id') }} as disability_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        upper({{ ssd_clean_text('dim_lookup_disab_code') }}) as disability_main_code,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_dttm as {{ ssd_type('timestamp') }}) as end_date
    from source

)

select * from renamed
