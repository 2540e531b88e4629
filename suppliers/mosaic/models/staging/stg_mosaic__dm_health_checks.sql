-- One row per DM_HEALTH_CHECKS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_health_checks') }}

),

renamed as (

    select
        {{ ssd_id('health_check_id') }} as health_check_id,
        {{ ssd_id('person_id') }} as person_id,
        {{ ssd_clean_text('check_type') }} as check_type,
        cast(health_check_date as {{ ssd_type('timestamp') }}) as health_check_date
    from source

)

select * from renamed
