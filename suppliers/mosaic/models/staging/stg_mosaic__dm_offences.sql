-- One row per DM_OFFENCES row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_offences') }}

),

renamed as (

    select
        {{ ssd_id('offence_id') }} as offence_id,
        {{ ssd_id('person_id') }} as person_id,
        cast(offence_date as {{ ssd_type('timestamp') }}) as offence_date,
        {{ ssd_clean_text('is_convicted') }} as is_convicted,
        {{ ssd_clean_text('offence') }} as offence
    from source

)

select * from renamed
