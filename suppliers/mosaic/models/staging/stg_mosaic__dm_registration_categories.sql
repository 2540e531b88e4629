-- One row per DM_REGISTRATION_CATEGORIES row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_registration_categories') }}

),

renamed as (

    select
        {{ ssd_id('registration_category_id') }} as registration_category_id,
        {{ ssd_id('registration_id') }} as registration_id,
        {{ ssd_clean_text('cin_abuse_category_code') }} as cin_abuse_category_code,
        cast(category_start_date as {{ ssd_type('timestamp') }}) as category_start_date,
        cast(category_end_date as {{ ssd_type('timestamp') }}) as category_end_date
    from source

)

select * from renamed
