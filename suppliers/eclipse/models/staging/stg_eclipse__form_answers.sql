-- One row per FORMANSWERPERSONVIEW row: one answered control of one form instance (long / EAV).
-- The design sub-name is trimmed (Eclipse keeps trailing spaces); dates come from DATEANSWERVALUE.
with source as (

    select * from {{ source('eclipse', 'formanswerpersonview') }}

),

renamed as (

    select
        cast(answerid as {{ ssd_type('string') }}) as answer_key,
        {{ ssd_id('instanceid') }} as instance_id,
        lower({{ ssd_clean_text('designguid') }}) as design_guid,
        lower({{ ssd_clean_text('designsubname') }}) as design_subname,
        upper({{ ssd_clean_text('instancestate') }}) as instance_state,
        {{ ssd_clean_text('controlname') }} as control_name,
        {{ ssd_clean_text('answervalue') }} as answer_value,
        {{ ssd_clean_text('shortanswervalue') }} as short_answer_value,
        cast(dateanswervalue as {{ ssd_type('timestamp') }}) as date_answer_value,
        {{ ssd_id('answerforsubjectid') }} as person_id,
        {{ ssd_id('submitterpersonid') }} as submitter_person_id,
        cast(datestarted as {{ ssd_type('timestamp') }}) as date_started,
        cast(datecompleted as {{ ssd_type('timestamp') }}) as date_completed
    from source

)

select * from renamed
