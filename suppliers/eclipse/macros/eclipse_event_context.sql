{#- What Eclipse records around an event (a form, a plan, a care episode): the referral it belongs to, the
    worker and team allocated on its date, the CP plan or period of care it falls in, the outcome options ticked
    on its form, the merged periods of a classification path, a mapping seed as a lookup. Each macro returns the
    body of one CTE (eclipse_answer_is: an expression); the model names the CTE and joins it on the key.
    `anchor` is a CTE (or relation) of the model with columns `key`, `date_column` and `person_column`. -#}

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
            cin_referrals.cine_referral_id,
            row_number() over (
                partition by {{ anchor }}.{{ key }}
                order by cin_referrals.cine_referral_date desc, cast(cin_referrals.cine_referral_id as bigint) desc
            ) as referral_row
        from {{ anchor }}
        inner join {{ ref('int_eclipse__ssd_cin_episodes') }} as cin_referrals
            on {{ anchor }}.{{ person_column }} = cin_referrals.cine_person_id
                and {{ anchor }}.{{ date_column }} >= cin_referrals.cine_referral_date
                and cin_referrals._dq_reason is null
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

{#- The child's CP plan on the event date: of the SSD-bound plans in ssd_cp_plans (merged ids) whose period
    contains the date (start on or before it, end null or on/after it; an open plan runs to the as-at date),
    the latest-starting. Grain: one row per `key` of `anchor` inside a plan: (key, cppl_cp_plan_id). -#}
{% macro eclipse_cp_plan_at(anchor, key, date_column, person_column='person_id') -%}
    select
        {{ key }},
        cppl_cp_plan_id
    from (
        select
            {{ anchor }}.{{ key }},
            cp_plans.cppl_cp_plan_id,
            row_number() over (
                partition by {{ anchor }}.{{ key }} order by cp_plans.cppl_cp_plan_start_date desc
            ) as plan_row
        from {{ anchor }}
        inner join {{ ref('int_eclipse__ssd_cp_plans') }} as cp_plans
            on {{ anchor }}.{{ person_column }} = cp_plans.cppl_person_id
                and cp_plans._dq_reason is null
                and {{ anchor }}.{{ date_column }} >= cp_plans.cppl_cp_plan_start_date
                and {{ anchor }}.{{ date_column }}
                <= coalesce(cp_plans.cppl_cp_plan_end_date, {{ ssd_as_at_date() }})
    ) as ranked
    where plan_row = 1
{%- endmacro %}

{#- The child's period of care on the event date: the CLAPERIODOFCAREVIEW period admitted on or before the date
    and not yet discharged (discharge null or after it); the latest admission when two contain it (ties: the
    highest key). Grain: one row per `key` of `anchor` in care: (key, period_of_care_id, admission_date). -#}
{% macro eclipse_period_of_care_at(anchor, key, date_column, person_column='person_id') -%}
    select
        {{ key }},
        period_of_care_id,
        admission_date
    from (
        select
            {{ anchor }}.{{ key }},
            periods.period_of_care_id,
            periods.admission_date,
            row_number() over (
                partition by {{ anchor }}.{{ key }}
                order by periods.admission_date desc, periods.period_of_care_key desc
            ) as period_row
        from {{ anchor }}
        inner join {{ ref('stg_eclipse__periods_of_care') }} as periods
            on {{ anchor }}.{{ person_column }} = periods.person_id
                and {{ anchor }}.{{ date_column }} >= periods.admission_date
                and (periods.discharge_date is null or {{ anchor }}.{{ date_column }} < periods.discharge_date)
    ) as ranked
    where period_row = 1
{%- endmacro %}

{#- A form answer as an SSD Y / N flag (an expression): Y when `column` equals `answer` (case-insensitive; give
    `answer` in lower case), N for any other answer, null when the control was not answered. -#}
{% macro eclipse_answer_is(column, answer) -%}
    case
        when lower({{ column }}) = '{{ answer }}' then 'Y'
        when {{ column }} is not null then 'N'
    end
{%- endmacro %}

{#- A mapping seed (the LA's own labels -> a code) as a lookup: the seed's label trimmed and in lower case, and
    its code (the highest when a label repeats). Join it on lower(raw value) = label. Grain: one row per label. -#}
{% macro eclipse_seed_lookup(seed, label_column, code_column) -%}
    select
        lower(trim({{ label_column }})) as {{ label_column }},
        max({{ code_column }}) as {{ code_column }}
    from {{ ref(seed) }}
    group by lower(trim({{ label_column }}))
{%- endmacro %}
