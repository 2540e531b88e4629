-- One row per DM_WORKFLOW_LINKS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_workflow_links') }}

),

renamed as (

    select
        {{ ssd_id('workflow_link_id') }} as workflow_link_id,
        {{ ssd_id('source_step_id') }} as source_step_id,
        {{ ssd_id('target_step_id') }} as target_step_id,
        {{ ssd_id('workflow_next_action_type_id') }} as workflow_next_action_type_id
    from source

)

select * from renamed
