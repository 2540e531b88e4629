-- One row per DM_FILTER_FORM_ANSWERS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_filter_form_answers') }}

),

renamed as (

    select
        {{ ssd_id('filter_answer_id') }} as filter_answer_id,
        {{ ssd_id('form_id') }} as form_id,
        {{ ssd_id('workflow_step_id') }} as workflow_step_id,
        {{ ssd_id('subject_person_id') }} as subject_person_id,
        {{ ssd_clean_text('filter_name') }} as filter_name,
        {{ ssd_clean_text('text_answer') }} as text_answer,
        cast(date_answer as {{ ssd_type('timestamp') }}) as date_answer
    from source

)

select * from renamed
