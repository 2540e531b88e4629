-- One row per DM_DISABILITIES row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_disabilities') }}

),

renamed as (

    select
        {{ ssd_id('disability_id') }} as disability_id,
        {{ ssd_id('person_id') }} as person_id,
        {{ ssd_clean_text('disability_code') }} as disability_code,
        {{ ssd_clean_text('cin_disability_category_code') }} as cin_disability_category_code
    from source

)

select * from renamed
