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

live as (

    select
        assignments.*,
        lag(end_date) over (partition by person_id order by start_date, assignment_key) as previous_end,
        lag(start_date) over (partition by person_id order by start_date, assignment_key) as previous_start
    from assignments
    where coalesce(status, '') <> 'DELETED' and person_id is not null and start_date is not null

),

flagged as (

    select
        live.*,
        case
            when previous_start is null then 1
            when previous_end is not null and {{ ssd_days_between('previous_end', 'start_date') }} > 1 then 1
            else 0
        end as starts_run
    from live

),

runs as (

    select
        flagged.*,
        sum(starts_run) over (
            partition by person_id order by start_date, assignment_key rows between unbounded preceding and current row
        ) as run_no
    from flagged

),

plans as (

    select
        person_id,
        run_no,
        cast(min(cast(assignment_id as bigint)) as {{ ssd_type('string') }}) as plan_id,
        min(start_date) as plan_start,
        case when count(*) = count(end_date) then max(end_date) end as plan_end
    from runs
    group by person_id, run_no

),

members as (

    select
        runs.assignment_key,
        plans.plan_id,
        plans.plan_start,
        plans.plan_end
    from runs
    inner join plans
        on runs.person_id = plans.person_id and runs.run_no = plans.run_no

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

referrals as (

    select
        members.assignment_key,
        episodes.cine_referral_id,
        row_number() over (
            partition by members.assignment_key
            order by episodes.cine_referral_date desc, cast(episodes.cine_referral_id as bigint) desc
        ) as referral_row
    from members
    inner join assignments
        on members.assignment_key = assignments.assignment_key
    inner join {{ ref('int_eclipse__ssd_cin_episodes') }} as episodes
        on assignments.person_id = episodes.cine_person_id
            and members.plan_start >= episodes.cine_referral_date
            and episodes._dq_reason is null

),

allocations as (

    select
        members.assignment_key,
        allocations.allocation_kind,
        allocations.allocated_id,
        row_number() over (
            partition by members.assignment_key, allocations.allocation_kind
            order by allocations.start_date desc, allocations.allocation_key desc
        ) as allocation_row
    from members
    inner join assignments
        on members.assignment_key = assignments.assignment_key
    inner join {{ ref('int_eclipse__worker_allocations') }} as allocations
        on assignments.person_id = allocations.person_id
            and members.plan_start >= allocations.start_date

),

final as (

    select
        assignments.assignment_id as cinp_cin_plan_id,
        referrals.cine_referral_id as cinp_referral_id,
        assignments.person_id as cinp_person_id,
        members.plan_start as cinp_cin_plan_start_date,
        members.plan_end as cinp_cin_plan_end_date,
        teams.allocated_id as cinp_cin_plan_team,
        workers.allocated_id as cinp_cin_plan_worker_id,
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
        on assignments.assignment_key = referrals.assignment_key and referrals.referral_row = 1
    left join allocations as workers
        on assignments.assignment_key = workers.assignment_key and workers.allocation_kind = 'worker'
            and workers.allocation_row = 1
    left join allocations as teams
        on assignments.assignment_key = teams.assignment_key and teams.allocation_kind = 'team'
            and teams.allocation_row = 1
    left join people
        on assignments.person_id = people.pers_person_id

)

select * from final
