-- One row per DM_ORGANISATIONS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_organisations') }}

),

renamed as (

    select
        {{ ssd_id('organisation_id') }} as organisation_id,
        {{ ssd_clean_text('name') }} as organisation_name,
        {{ ssd_id('parent_organisation_id') }} as parent_organisation_id,
        {{ ssd_clean_text('organisation_type') }} as organisation_type
    from source

)

select * from renamed
