-- One row per CHILD_GROUP_EMBEDDED_CODES_VW row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'child_group_embedded_codes_vw') }}

),

renamed as (

    select
        {{ ssd_clean_text('group_name') }} as group_name,
        {{ ssd_id('mapped_value') }} as mapped_value,
        {{ ssd_clean_text('category_code') }} as category_code,
        {{ ssd_clean_text('category_description') }} as category_description
    from source

)

select * from renamed
