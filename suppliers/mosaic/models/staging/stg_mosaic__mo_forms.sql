-- One row per MO_FORMS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'mo_forms') }}

),

renamed as (

    select
        {{ ssd_id('form_id') }} as form_id,
        {{ ssd_clean_text('form_type') }} as form_type,
        {{ ssd_id('subgroup_id') }} as subgroup_id,
        {{ ssd_id('workflow_step_id') }} as workflow_step_id,
        cast(created_on as {{ ssd_type('timestamp') }}) as created_on
    from source

)

select * from renamed
