-- One row per FACT_MISSING_PERSON row (missing or away episode), renamed and typed; status stays text.
with source as (

    select * from {{ source('liquidlogic', 'fact_missing_person') }}

),

renamed as (

    select
        cast(fact_missing_person_id as {{ ssd_type('string') }}) as missing_episode_key,
        {{ ssd_id('fact_missing_person_id') }} as missing_episode_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_dttm as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_clean_text('missing_status') }} as missing_status_text,
        {{ ssd_clean_text('return_interview_offered') }} as return_interview_offered_text,
        {{ ssd_clean_text('return_interview_accepted') }} as return_interview_accepted_text
    from source

)

select * from renamed
