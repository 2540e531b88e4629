{#- What Eclipse records around an event (a form, a plan, a care episode): the referral it belongs to, the
    worker and team allocated on its date, the outcome options ticked on its form, and the merged periods of a
    classification path. Each macro returns the body of one CTE; the model names the CTE and joins it on the
    key. `anchor` is a CTE (or relation) of the model with columns `key`, `date_column` and `person_column`. -#}

{#- The child's latest referral on or before the event date. Grain: one row per `key` of `anchor` that has one:
    (key, cine_referral_id), the SSD-bound referral in ssd_cin_episodes with the latest referral date on or
    before the date (ties: the highest referral id). -#}
{% macro eclipse_latest_referral(anchor, key, date_column, person_column='person_id') -%}
    select
        {{ key }},
        cine_referral_id
    from (
        select
            {{ anchor }}.{{ key }},
            episodes.cine_referral_id,
            row_number() over (
                partition by {{ anchor }}.{{ key }}
                order by episodes.cine_referral_date desc, cast(episodes.cine_referral_id as bigint) desc
            ) as referral_row
        from {{ anchor }}
        inner join {{ ref('int_eclipse__ssd_cin_episodes') }} as episodes
            on {{ anchor }}.{{ person_column }} = episodes.cine_person_id
                and {{ anchor }}.{{ date_column }} >= episodes.cine_referral_date
                and episodes._dq_reason is null
    ) as ranked
    where referral_row = 1
{%- endmacro %}

{#- The allocated worker (AW) and team (AT) on the event date: of each kind, the allocation in
    int_eclipse__worker_allocations that had started on the date (latest start on or before it, open ones
    included; ties: the highest allocation key). Grain: one row per `key` of `anchor` with any allocation:
    (key, worker_id, team_id), either null when the child had no allocation of that kind by the date. -#}
{% macro eclipse_allocated_at(anchor, key, date_column, person_column='person_id') -%}
    select
        {{ key }},
        max(case when allocation_kind = 'worker' then allocated_id end) as worker_id,
        max(case when allocation_kind = 'team' then allocated_id end) as team_id
    from (
        select
            {{ anchor }}.{{ key }},
            allocations.allocation_kind,
            allocations.allocated_id,
            row_number() over (
                partition by {{ anchor }}.{{ key }}, allocations.allocation_kind
                order by allocations.start_date desc, allocations.allocation_key desc
            ) as allocation_row
        from {{ anchor }}
        inner join {{ ref('int_eclipse__worker_allocations') }} as allocations
            on {{ anchor }}.{{ person_column }} = allocations.person_id
                and {{ anchor }}.{{ date_column }} >= allocations.start_date
    ) as ranked
    where allocation_row = 1
    group by {{ key }}
{%- endmacro %}

{#- The outcome options ticked on each form for one SSD outcome JSON column, pivoted: one column per key of the
    column (lower-case key; 'Y' when ticked, else null; eclipse_flag_pairs turns null into 'N'). Grain: one row
    per form instance_id with any ticked option of the column. -#}
{% macro eclipse_outcome_flags(json_column) -%}
    select
        {%- for key in ssd_outcome_json_keys(json_column) %}
            max(case when flag_key = '{{ key }}' then 'Y' end) as {{ key | lower }},
        {%- endfor %}
        instance_id
    from {{ ref('int_eclipse__form_outcome_flags') }}
    where json_column = '{{ json_column }}'
    group by instance_id
{%- endmacro %}

{#- Merged periods of a classification path (CIN plans, CP plans). Eclipse re-classifies a running plan by
    ending one assignment and starting another the same or next day: per person, live assignments (not
    DELETED, with a person and a start date) of `assignments` (stg_eclipse__person_classifications rows) that
    overlap or follow with a gap of at most one day are one period (the extract's merge). Grain: one row per
    live assignment: assignment_key, person_id, plan_id (the run's lowest assignment id), plan_start (min start)
    and plan_end (max end; null while any part is open). -#}
{% macro eclipse_merged_periods(assignments) -%}
    with live as (

        select
            {{ assignments }}.*,
            lag(end_date) over (partition by person_id order by start_date, assignment_key) as previous_end,
            lag(start_date) over (partition by person_id order by start_date, assignment_key) as previous_start
        from {{ assignments }}
        where coalesce(status, '') <> 'DELETED' and person_id is not null and start_date is not null

    ),

    runs as (

        select
            live.*,
            sum(
                case
                    when previous_start is null then 1
                    when previous_end is not null and {{ ssd_days_between('previous_end', 'start_date') }} > 1
                        then 1
                    else 0
                end
            ) over (
                partition by person_id
                order by start_date, assignment_key rows between unbounded preceding and current row
            ) as run_no
        from live

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

    )

    select
        runs.assignment_key,
        runs.person_id,
        plans.plan_id,
        plans.plan_start,
        plans.plan_end
    from runs
    inner join plans
        on runs.person_id = plans.person_id and runs.run_no = plans.run_no
{%- endmacro %}
