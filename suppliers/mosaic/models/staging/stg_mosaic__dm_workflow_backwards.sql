-- One row per DM_WORKFLOW_BACKWARDS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_workflow_backwards') }}

),

renamed as (

    select
        {{ ssd_id('workflow_step_id') }} as workflow_step_id,
        {{ ssd_id('preceding_workflow_step_id') }} as preceding_workflow_step_id,
        {{ ssd_clean_text('adjacent') }} as adjacent
    from source

)

select * from renamed
