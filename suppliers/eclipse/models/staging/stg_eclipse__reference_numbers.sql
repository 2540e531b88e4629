-- One row per REFERENCENUMBERPERSONVIEW row: UPNs (current and ended), staff and SWE numbers.
with source as (

    select * from {{ source('eclipse', 'referencenumberpersonview') }}

),

renamed as (

    select
        cast(referencenumberid as {{ ssd_type('string') }}) as reference_number_key,
        {{ ssd_id('personid') }} as person_id,
        {{ ssd_clean_text('referencenumber') }} as reference_number,
        upper({{ ssd_clean_text('referencetypecode') }}) as reference_type_code,
        {{ ssd_clean_text('referencetype') }} as reference_type,
        cast(startdate as {{ ssd_type('timestamp') }}) as start_date,
        cast(enddate as {{ ssd_type('timestamp') }}) as end_date
    from source

)

select * from renamed
