-- One row per DM_STEP_SOURCE_DETAILS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_step_source_details') }}

),

renamed as (

    select
        {{ ssd_id('workflow_step_id') }} as workflow_step_id,
        {{ ssd_id('source_type_id') }} as source_type_id
    from source

)

select * from renamed
