-- Ofsted Annex A list 6: one row per child with a CIN episode (referral) open at any time in the
-- window: the child's latest such episode, with its case status at the extract date.
with

people as (
    {{ annex_a_people() }}
),

episodes as (
    select
        cine_referral_id,
        cine_person_id,
        cast(cine_referral_date as date) as referral_date,
        cine_cin_primary_need_code,
        {{ annex_a_by_extract('cine_close_date') }} as close_date,
        cine_close_reason,
        row_number() over (
            partition by cine_person_id
            order by cast(cine_referral_date as date) desc, cine_referral_id desc
        ) as rn
    from {{ ref('ssd_cin_episodes') }}
    where {{ ssd_overlaps_period('cine_referral_date', 'cine_close_date',
                                 annex_a_window_start(), annex_a_extract_date()) }}
),

latest as (
    select
        cine_referral_id,
        cine_person_id,
        referral_date,
        cine_cin_primary_need_code,
        close_date,
        cine_close_reason,
        coalesce(close_date, {{ annex_a_extract_date() }}) as allocation_date
    from episodes
    where rn = 1
),

seen_visits as (
    select
        cinv_person_id as person_id,
        cast(cinv_cin_visit_date as date) as visit_date
    from {{ ref('ssd_cin_visits') }}
    where cinv_cin_visit_seen = 'Y'
    union all
    select
        cppv_person_id as person_id,
        cast(cppv_cp_visit_date as date) as visit_date
    from {{ ref('ssd_cp_visits') }}
    where cppv_cp_visit_seen = 'Y'
    union all
    select
        clav_person_id as person_id,
        cast(clav_cla_visit_date as date) as visit_date
    from {{ ref('ssd_cla_visits') }}
    where clav_cla_visit_seen = 'Y'
),

last_seen as (
    select
        l.cine_referral_id,
        max(v.visit_date) as last_seen_date
    from latest as l
    inner join seen_visits as v
        on
            l.cine_person_id = v.person_id
            and l.referral_date <= v.visit_date
            and l.allocation_date >= v.visit_date
    group by l.cine_referral_id
),

looked_after as (
    select distinct clae_person_id as person_id
    from {{ ref('ssd_cla_episodes') }}
    where {{ ssd_open_at('clae_cla_episode_start_date', 'clae_cla_episode_ceased_date', annex_a_extract_date()) }}
),

on_cp_plan as (
    select distinct cppl_person_id as person_id
    from {{ ref('ssd_cp_plans') }}
    where {{ ssd_open_at('cppl_cp_plan_start_date', 'cppl_cp_plan_end_date', annex_a_extract_date()) }}
),

on_cin_plan as (
    select distinct cinp_person_id as person_id
    from {{ ref('ssd_cin_plans') }}
    where {{ ssd_open_at('cinp_cin_plan_start_date', 'cinp_cin_plan_end_date', annex_a_extract_date()) }}
),

open_assessment as (
    select distinct cina_person_id as person_id
    from {{ ref('ssd_cin_assessments') }}
    where {{ ssd_open_at('cina_assessment_start_date', 'cina_assessment_auth_date', annex_a_extract_date()) }}
),

allocated as (
    {{ annex_a_allocated('latest', 'cine_referral_id', 'cine_referral_id', 'allocation_date') }}
)

select
    l.cine_person_id as child_unique_id,
    p.gender,
    p.ethnicity,
    p.date_of_birth,
    p.age_of_child_years,
    p.disability as does_the_child_have_a_disability,
    l.referral_date as cin_start_date,
    {{ annex_a_label('l.cine_cin_primary_need_code', 'primary_need') }} as primary_need_code,
    s.last_seen_date as date_child_was_last_seen,
    l.close_date as cin_closure_date,
    case when l.close_date is not null then {{ annex_a_label('l.cine_close_reason', 'closure_reason') }} end
        as reason_for_closure,
    case
        when l.close_date is not null then 'e) Closed episode'
        when la.person_id is not null then 'a) Looked after child'
        when cp.person_id is not null then 'b) Child Protection plan'
        when cin.person_id is not null then 'c) Child in need plan'
        when oa.person_id is not null then 'd) Open assessment'
        else 'c) Child in need plan'
    end as case_status,
    a.allocated_team,
    a.allocated_worker
from latest as l
left join people as p on l.cine_person_id = p.person_id
left join last_seen as s on l.cine_referral_id = s.cine_referral_id
left join looked_after as la on l.cine_person_id = la.person_id
left join on_cp_plan as cp on l.cine_person_id = cp.person_id
left join on_cin_plan as cin on l.cine_person_id = cin.person_id
left join open_assessment as oa on l.cine_person_id = oa.person_id
left join allocated as a on l.cine_referral_id = a.alloc_key
