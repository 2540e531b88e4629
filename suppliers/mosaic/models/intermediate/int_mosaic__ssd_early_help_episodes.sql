-- ssd_early_help_episodes: one row per early help step (WORKFLOW_STEP_TYPE_ID 1208, the LA's EH step type;
-- this Mosaic records each EH episode as one step). Start = day of STARTED_ON, end = day of COMPLETED_ON;
-- reason and end reason are the step's cached form answers reason_for_eh_episode / eh_closure_reason; the
-- organisation is the step's responsible organisation (a partner organisation) by name. Worker: ASSIGNEE_ID.
with eh as (

    select * from {{ ref('int_mosaic__steps') }}
    where workflow_step_type_id = '1208'

),

answers as (

    select
        workflow_step_id,
        max(case when question_user_code = 'reason_for_eh_episode' then text_answer end) as reason,
        max(case when question_user_code = 'eh_closure_reason' then text_answer end) as end_reason
    from {{ ref('stg_mosaic__dm_cached_form_answers') }}
    group by workflow_step_id

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        eh.workflow_step_id as earl_episode_id,
        eh.person_id as earl_person_id,
        eh.started_date as earl_episode_start_date,
        eh.completed_date as earl_episode_end_date,
        answers.reason as earl_episode_reason,
        answers.end_reason as earl_episode_end_reason,
        orgs.organisation_name as earl_episode_organisation,
        eh.assignee_id as earl_episode_worker_id,
        'DM_WORKFLOW_STEPS' as _source_table,
        eh.workflow_step_id as _source_key,
        case
            when eh.workflow_step_id is null then 'missing_key'
            when eh.key_row > 1 then 'duplicate_key'
            when eh.step_status = 'CANCELLED' then 'cancelled_step'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when eh.started_date is null then 'missing_start_date'
        end as _dq_reason
    from eh
    left join answers
        on eh.workflow_step_id = answers.workflow_step_id
    left join {{ ref('stg_mosaic__dm_organisations') }} as orgs
        on eh.responsible_team_id = orgs.organisation_id
    left join scope
        on eh.person_id = scope.person_id

)

select * from final
