-- One row per DM_SUBGROUPS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_subgroups') }}

),

renamed as (

    select
        {{ ssd_id('subgroup_id') }} as subgroup_id,
        {{ ssd_id('group_id') }} as group_id,
        {{ ssd_clean_text('only_subject_type_code') }} as only_subject_type_code
    from source

)

select * from renamed
