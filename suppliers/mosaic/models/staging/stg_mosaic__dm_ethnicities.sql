-- One row per DM_ETHNICITIES row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_ethnicities') }}

),

renamed as (

    select
        {{ ssd_clean_text('ethnicity_code') }} as ethnicity_code,
        {{ ssd_clean_text('ethnicity_description') }} as ethnicity_description,
        {{ ssd_clean_text('cbds_ethnicity_code') }} as cbds_ethnicity_code
    from source

)

select * from renamed
