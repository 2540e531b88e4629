-- One row per DM_PERSON_REFERENCES row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_person_references') }}

),

renamed as (

    select
        {{ ssd_id('reference_id') }} as reference_id,
        {{ ssd_id('person_id') }} as person_id,
        {{ ssd_clean_text('reference_type') }} as reference_type,
        {{ ssd_clean_text('reference') }} as reference
    from source

)

select * from renamed
