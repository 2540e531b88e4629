-- One row per FACT_FORMS row (generic form header), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'fact_forms') }}

),

renamed as (

    select
        cast(fact_form_id as {{ ssd_type('string') }}) as form_key,
        {{ ssd_id('fact_form_id') }} as form_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        {{ ssd_clean_text('dim_lookup_form_type_id_code') }} as form_type_code
    from source

)

select * from renamed
