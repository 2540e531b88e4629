-- One row per DM_SUBGROUP_SUBJECTS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_subgroup_subjects') }}

),

renamed as (

    select
        {{ ssd_id('subgroup_id') }} as subgroup_id,
        {{ ssd_id('subject_compound_id') }} as subject_compound_id,
        {{ ssd_clean_text('subject_type_code') }} as subject_type_code
    from source

)

select * from renamed
