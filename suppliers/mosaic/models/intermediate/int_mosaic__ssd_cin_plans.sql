-- ssd_cin_plans: one row per CIN plan step (WORKFLOW_STEP_TYPE_ID 325, the LA's CIN plan step type; the
-- tag_dw variant's approach, the main script read Essex-only objects). Start / end = days of STARTED_ON /
-- COMPLETED_ON; team and worker from the step; referral = the child's referral open on the start date.
with plans as (

    select * from {{ ref('int_mosaic__steps') }}
    where workflow_step_type_id = '325'

),

referral as (

    {{ mosaic_referral_at('plans', 'workflow_step_id', 'person_id', 'started_date') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        plans.workflow_step_id as cinp_cin_plan_id,
        referral.referral_id as cinp_referral_id,
        plans.person_id as cinp_person_id,
        plans.started_date as cinp_cin_plan_start_date,
        plans.completed_date as cinp_cin_plan_end_date,
        plans.responsible_team_id as cinp_cin_plan_team,
        plans.assignee_id as cinp_cin_plan_worker_id,
        'DM_WORKFLOW_STEPS' as _source_table,
        plans.workflow_step_id as _source_key,
        case
            when plans.workflow_step_id is null then 'missing_key'
            when plans.key_row > 1 then 'duplicate_key'
            when plans.step_status = 'CANCELLED' then 'cancelled_step'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when plans.started_date is null then 'missing_start_date'
        end as _dq_reason
    from plans
    left join referral
        on plans.workflow_step_id = referral.event_key
    left join scope
        on plans.person_id = scope.person_id

)

select * from final
