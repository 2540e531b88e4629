-- ssd_missing: one row per missing-or-absent step (IS_MISSING_OR_ABSENT = Y). Start / end = days of
-- STARTED_ON / COMPLETED_ON; type M / A from the report filter Child Absent or Missing (Document)
-- (Missing / Absent); return interview offered / accepted from the filters Child Offered / Accepted Return
-- Interview (Yes / No / Not applicable -> Y / N / NA).
with missing as (

    select * from {{ ref('int_mosaic__steps') }}
    where {{ ssd_yn('is_missing_or_absent') }} = 'Y'

),

answers as (

    select
        workflow_step_id,
        max(case when filter_name = 'Child Absent or Missing (Document)' then lower(text_answer) end) as episode_type,
        max(case when filter_name = 'Child Offered Return Interview' then lower(text_answer) end) as offered,
        max(case when filter_name = 'Child Accepted Return Interview' then lower(text_answer) end) as accepted
    from {{ ref('stg_mosaic__dm_filter_form_answers') }}
    group by workflow_step_id

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        missing.workflow_step_id as miss_table_id,
        missing.person_id as miss_person_id,
        missing.started_date as miss_missing_episode_start_date,
        case answers.episode_type when 'missing' then 'M' when 'absent' then 'A' end as miss_missing_episode_type,
        missing.completed_date as miss_missing_episode_end_date,
        case when answers.offered = 'not applicable' then 'NA' else {{ ssd_yn('answers.offered') }} end
            as miss_missing_rhi_offered,
        case when answers.accepted = 'not applicable' then 'NA' else {{ ssd_yn('answers.accepted') }} end
            as miss_missing_rhi_accepted,
        'DM_WORKFLOW_STEPS' as _source_table,
        missing.workflow_step_id as _source_key,
        case
            when missing.workflow_step_id is null then 'missing_key'
            when missing.key_row > 1 then 'duplicate_key'
            when missing.step_status = 'CANCELLED' then 'cancelled_step'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when missing.started_date is null then 'missing_start_date'
        end as _dq_reason
    from missing
    left join answers
        on missing.workflow_step_id = answers.workflow_step_id
    left join scope
        on missing.person_id = scope.person_id

)

select * from final
