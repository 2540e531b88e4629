-- One row per FACT_903_DATA row (Liquidlogic's own SSDA903 extract, one per child and return), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'fact_903_data') }}

),

renamed as (

    select
        cast(fact_903_data_id as {{ ssd_type('string') }}) as ssda903_record_key,
        {{ ssd_id('dim_person_id') }} as person_id,
        upper({{ ssd_clean_text('no_upn_code') }}) as upn_unknown_code
    from source

)

select * from renamed
