-- One row per DM_COUNTRIES_OF_BIRTH row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_countries_of_birth') }}

),

renamed as (

    select
        {{ ssd_clean_text('country_of_birth_code') }} as country_of_birth_code,
        {{ ssd_clean_text('description') }} as description
    from source

)

select * from renamed
