-- Ofsted Annex A list 7: one row per child protection plan open at any time in the window.
with

people as (
    {{ annex_a_people() }}
),

all_plans as (
    select
        cppl_cp_plan_id,
        cppl_person_id,
        cppl_referral_id,
        cast(cppl_cp_plan_start_date as date) as start_date,
        {{ annex_a_by_extract('cppl_cp_plan_end_date') }} as end_date,
        cppl_cp_plan_initial_category,
        cppl_cp_plan_latest_category
    from {{ ref('ssd_cp_plans') }}
    where cast(cppl_cp_plan_start_date as date) <= {{ annex_a_extract_date() }}
),

plans as (
    select
        all_plans.*,
        coalesce(end_date, {{ annex_a_extract_date() }}) as allocation_date
    from all_plans
    where end_date is null or end_date >= {{ annex_a_window_start() }}
),

previous_plans as (
    select
        p.cppl_cp_plan_id,
        count(e.cppl_cp_plan_id) as n
    from plans as p
    left join all_plans as e
        on p.cppl_person_id = e.cppl_person_id and p.start_date > e.start_date
    group by p.cppl_cp_plan_id
),

last_visit as (
    select
        cppv_cp_plan_id,
        visit_date,
        cppv_cp_visit_seen_alone
    from (
        select
            v.cppv_cp_plan_id,
            cast(v.cppv_cp_visit_date as date) as visit_date,
            v.cppv_cp_visit_seen_alone,
            row_number() over (
                partition by v.cppv_cp_plan_id
                order by cast(v.cppv_cp_visit_date as date) desc, v.cppv_cp_visit_id desc
            ) as rn
        from {{ ref('ssd_cp_visits') }} as v
        where cast(v.cppv_cp_visit_date as date) <= {{ annex_a_extract_date() }}
    ) as ranked
    where rn = 1
),

last_review as (
    select
        cppr_cp_plan_id,
        max(cast(cppr_cp_review_date as date)) as review_date
    from {{ ref('ssd_cp_reviews') }}
    where cast(cppr_cp_review_date as date) <= {{ annex_a_extract_date() }}
    group by cppr_cp_plan_id
),

protected as (
    select distinct lega_person_id as person_id
    from {{ ref('ssd_legal_status') }}
    where
        lega_legal_status in ('L1', 'L2')
        and {{ ssd_overlaps_period('lega_legal_status_start_date', 'lega_legal_status_end_date',
                                   annex_a_window_start(6), annex_a_extract_date()) }}
),

allocated as (
    {{ annex_a_allocated('plans', 'cppl_cp_plan_id', 'cppl_referral_id', 'allocation_date') }}
)

select
    c.cppl_person_id as child_unique_id,
    p.gender,
    p.ethnicity,
    p.date_of_birth,
    p.age_of_child_years,
    p.disability as does_the_child_have_a_disability,
    c.start_date as cp_plan_start_date,
    {{ annex_a_label('c.cppl_cp_plan_initial_category', 'abuse') }} as initial_category_of_abuse,
    {{ annex_a_label('c.cppl_cp_plan_latest_category', 'abuse') }} as latest_category_of_abuse,
    v.visit_date as date_of_last_statutory_visit,
    {{ annex_a_yes_no('v.cppv_cp_visit_seen_alone') }} as was_the_child_seen_alone,
    r.review_date as date_of_latest_review_conference,
    c.end_date as cp_plan_end_date,
    case when pr.person_id is not null then 'a) Yes' else 'b) No' end as emergency_protection_in_last_six_months,
    cast(coalesce(n.n, 0) as integer) as number_of_previous_cp_plans,
    a.allocated_team,
    a.allocated_worker
from plans as c
left join people as p on c.cppl_person_id = p.person_id
left join previous_plans as n on c.cppl_cp_plan_id = n.cppl_cp_plan_id
left join last_visit as v on c.cppl_cp_plan_id = v.cppv_cp_plan_id
left join last_review as r on c.cppl_cp_plan_id = r.cppr_cp_plan_id
left join protected as pr on c.cppl_person_id = pr.person_id
left join allocated as a on c.cppl_cp_plan_id = a.alloc_key
