-- One row per FACT_MEETING_SUBJECTS row (a person discussed at a meeting), renamed and typed.
-- Note the HDM spells the meeting key FACT_MEETINGS_ID (plural) on this table.
with source as (

    select * from {{ source('liquidlogic', 'fact_meeting_subjects') }}

),

renamed as (

    select
        cast(fact_meeting_subject_id as {{ ssd_type('string') }}) as meeting_subject_key,
        {{ ssd_id('fact_meetings_id') }} as meeting_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        {{ ssd_id('fact_outcm_form_id') }} as outcome_form_id,
        {{ ssd_clean_text('dim_lookup_participation_code_desc') }} as participation_description
    from source

)

select * from renamed
