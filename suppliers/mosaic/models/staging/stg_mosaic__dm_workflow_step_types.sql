-- One row per DM_WORKFLOW_STEP_TYPES row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_workflow_step_types') }}

),

renamed as (

    select
        {{ ssd_id('workflow_step_type_id') }} as workflow_step_type_id,
        {{ ssd_clean_text('description') }} as description
    from source

)

select * from renamed
