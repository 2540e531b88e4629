-- ssd_cin_plans: one row per CLASSIFICATIONPERSONVIEW row on the Child in Need path (4 in the pilot LA;
-- codes Child in Need and 1270 Family Help - CIN). Eclipse re-classifies a running plan by ending one
-- assignment and starting another the same or next day: per person, periods that overlap or follow with a
-- gap of at most one day are one plan (the extract's merge). The plan is the run's first assignment (lowest
-- id): start = min start, end = max end (null while any part is open); the run's other rows are quarantined
-- as merged_into_earlier_period. Referral: the person's latest referral in ssd_cin_episodes dated on or
-- before the plan start. Worker / team: the allocated worker (AW) / team (AT) that had started on the plan
-- start (latest start on or before it, open ones included).
with assignments as (

    select * from {{ ref('stg_eclipse__person_classifications') }}
    where path_id = 4

),

members as (

    {{ eclipse_merged_periods('assignments') }}

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

referrals as (

    {{ eclipse_latest_referral('members', 'assignment_key', 'plan_start') }}

),

allocations as (

    {{ eclipse_allocated_at('members', 'assignment_key', 'plan_start') }}

),

final as (

    select
        assignments.assignment_id as cinp_cin_plan_id,
        referrals.cine_referral_id as cinp_referral_id,
        assignments.person_id as cinp_person_id,
        members.plan_start as cinp_cin_plan_start_date,
        members.plan_end as cinp_cin_plan_end_date,
        allocations.team_id as cinp_cin_plan_team,
        allocations.worker_id as cinp_cin_plan_worker_id,
        'CLASSIFICATIONPERSONVIEW' as _source_table,
        assignments.assignment_key as _source_key,
        case
            when assignments.assignment_id is null then 'missing_key'
            when coalesce(assignments.status, '') = 'DELETED' then 'deleted_classification'
            when assignments.start_date is null then 'missing_start_date'
            when members.plan_id <> assignments.assignment_id then 'merged_into_earlier_period'
            when people.pers_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from assignments
    left join members
        on assignments.assignment_key = members.assignment_key
    left join referrals
        on assignments.assignment_key = referrals.assignment_key
    left join allocations
        on assignments.assignment_key = allocations.assignment_key
    left join people
        on assignments.person_id = people.pers_person_id

)

select * from final
