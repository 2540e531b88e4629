-- One row per DM_VISITS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_visits') }}

),

renamed as (

    select
        {{ ssd_id('visit_id') }} as visit_id,
        {{ ssd_id('person_id') }} as person_id,
        {{ ssd_clean_text('visit_type') }} as visit_type,
        cast(actual_date as {{ ssd_type('timestamp') }}) as actual_date,
        {{ ssd_clean_text('seen_alone_flag') }} as seen_alone_flag,
        {{ ssd_clean_text('visit_source') }} as visit_source
    from source

)

select * from renamed
