-- One row per FACT_LEGAL_STATUS row (903 legal status period), renamed and typed; status stays a description.
with source as (

    select * from {{ source('liquidlogic', 'fact_legal_status') }}

),

renamed as (

    select
        cast(fact_legal_status_id as {{ ssd_type('string') }}) as legal_status_key,
        {{ ssd_id('fact_legal_status_id') }} as legal_status_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_dttm as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_clean_text('dim_lookup_lgl_status_desc') }} as legal_status_description
    from source

)

select * from renamed
