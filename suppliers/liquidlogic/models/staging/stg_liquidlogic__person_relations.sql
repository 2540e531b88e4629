-- One row per FACT_PERSON_RELATION row (both directions of every family link), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'fact_person_relation') }}

),

renamed as (

    select
        cast(fact_person_relation_id as {{ ssd_type('string') }}) as person_relation_key,
        {{ ssd_id('fact_person_relation_id') }} as person_relation_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        {{ ssd_id('dim_related_person_id') }} as related_person_id,
        upper({{ ssd_clean_text('dim_lookup_reltn_type_code') }}) as relation_type_code,
        cast(dim_related_person_dob as {{ ssd_type('timestamp') }}) as related_person_dob,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_dttm as {{ ssd_type('timestamp') }}) as end_date
    from source

)

select * from renamed
