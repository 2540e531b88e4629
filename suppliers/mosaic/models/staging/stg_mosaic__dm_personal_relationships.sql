-- One row per DM_PERSONAL_RELATIONSHIPS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_personal_relationships') }}

),

renamed as (

    select
        {{ ssd_id('personal_relationship_id') }} as personal_relationship_id,
        {{ ssd_id('person_id') }} as person_id,
        {{ ssd_id('other_person_id') }} as other_person_id,
        {{ ssd_clean_text('is_mother') }} as is_mother,
        {{ ssd_clean_text('family_category') }} as family_category,
        cast(start_date as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_date as {{ ssd_type('timestamp') }}) as end_date
    from source

)

select * from renamed
