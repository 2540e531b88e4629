-- One row per REFERENCE_DATA row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'reference_data') }}

),

renamed as (

    select
        {{ ssd_clean_text('ref_domain') }} as ref_domain,
        {{ ssd_clean_text('ref_code') }} as ref_code,
        {{ ssd_clean_text('ref_description') }} as ref_description
    from source

)

select * from renamed
