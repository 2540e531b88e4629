-- Ofsted Annex A list 3: one row per referral dated in the window; the 12-month count runs back
-- 12 months from the extract date (whatever the window) and counts this referral too.
with

people as (
    {{ annex_a_people() }}
),

referrals as (
    select
        cine_referral_id,
        cine_person_id,
        cast(cine_referral_date as date) as referral_date,
        cine_referral_source_code,
        cine_referral_nfa,
        cine_referral_team,
        cine_referral_worker_id
    from {{ ref('ssd_cin_episodes') }}
),

last_12_months as (
    select
        cine_person_id,
        count(*) as referrals_12m
    from referrals
    where
        referral_date >= {{ annex_a_twelve_month_start() }}
        and referral_date <= {{ annex_a_extract_date() }}
    group by cine_person_id
)

select
    r.cine_person_id as child_unique_id,
    p.gender,
    p.ethnicity,
    p.date_of_birth,
    p.age_of_child_years,
    r.referral_date as date_of_referral,
    {{ annex_a_label('r.cine_referral_source_code', 'source') }} as referral_source,
    {{ annex_a_yes_no('r.cine_referral_nfa') }} as referral_nfa,
    cast(coalesce(n.referrals_12m, 0) as integer) as number_of_referrals_in_last_12_months,
    dept.dept_team_name as allocated_team,
    prof.prof_professional_name as allocated_worker
from referrals as r
left join people as p on r.cine_person_id = p.person_id
left join last_12_months as n on r.cine_person_id = n.cine_person_id
left join {{ ref('ssd_department') }} as dept on r.cine_referral_team = dept.dept_team_id
left join {{ ref('ssd_professionals') }} as prof on r.cine_referral_worker_id = prof.prof_professional_id
where
    r.referral_date >= {{ annex_a_window_start() }}
    and r.referral_date <= {{ annex_a_extract_date() }}
