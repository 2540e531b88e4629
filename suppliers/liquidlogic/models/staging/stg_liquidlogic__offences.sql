-- One row per FACT_OFFENCE row (an offence a child was convicted of), renamed and typed. The extract
-- can repeat a row.
with source as (

    select * from {{ source('liquidlogic', 'fact_offence') }}

),

renamed as (

    select
        cast(fact_offence_id as {{ ssd_type('string') }}) as offence_key,
        {{ ssd_id('fact_offence_id') }} as offence_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(offence_dttm as {{ ssd_type('timestamp') }}) as offence_date,
        {{ ssd_clean_text('description') }} as offence_desc
    from source

)

select * from renamed
