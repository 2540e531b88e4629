-- One row per DM_WORKFLOW_NXT_ACTION_TYPES row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_workflow_nxt_action_types') }}

),

renamed as (

    select
        {{ ssd_id('workflow_next_action_type_id') }} as workflow_next_action_type_id,
        {{ ssd_clean_text('description') }} as description,
        {{ ssd_clean_text('is_no_further_action') }} as is_no_further_action
    from source

)

select * from renamed
