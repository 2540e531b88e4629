-- ssd_missing from FACT_MISSING_PERSON: one row per raw row. MISSING_STATUS is free text, recoded to
-- M / A through liquidlogic__missing_status_care (anything else, e.g. "not missing", rejects the row);
-- return-interview answers (Yes/No/NA spellings) through liquidlogic__return_interview_answers_care
-- (unrecognised answers become null). The extract can repeat a row: later copies are duplicate_key.
with missing_episodes as (

    select * from {{ ref('stg_liquidlogic__missing_episodes') }}

),

statuses as (

    select
        code,
        lower(trim(status_text)) as status_key
    from {{ ref('liquidlogic__missing_status_care') }}

),

answers as (

    select
        code,
        lower(trim(answer_text)) as answer_key
    from {{ ref('liquidlogic__return_interview_answers_care') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        missing_episodes.*,
        {{ ssd_key_row('missing_episodes', 'missing_episode_key') }} as key_row,
        {{ ssd_key_conflict('missing_episodes', 'missing_episode_key') }} as key_conflict
    from missing_episodes

),

joined as (

    select
        numbered.*,
        statuses.code as missing_type_code,
        offered.code as rhi_offered_code,
        accepted.code as rhi_accepted_code,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join statuses
        on lower(numbered.missing_status_text) = statuses.status_key
    left join answers as offered
        on lower(numbered.return_interview_offered_text) = offered.answer_key
    left join answers as accepted
        on lower(numbered.return_interview_accepted_text) = accepted.answer_key
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        missing_episode_id as miss_table_id,
        person_id as miss_person_id,
        start_date as miss_missing_episode_start_date,
        missing_type_code as miss_missing_episode_type,
        end_date as miss_missing_episode_end_date,
        rhi_offered_code as miss_missing_rhi_offered,
        rhi_accepted_code as miss_missing_rhi_accepted,
        'FACT_MISSING_PERSON' as _source_table,
        missing_episode_key as _source_key,
        case
            when missing_episode_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when missing_status_text is not null and missing_type_code is null then 'unknown_missing_status'
        end as _dq_reason
    from joined

)

select * from final
