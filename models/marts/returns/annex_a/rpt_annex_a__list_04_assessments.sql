-- Ofsted Annex A list 4: one row per social work assessment open at any time in the window
-- (started on or before the extract date, not authorised before the window start).
with

people as (
    {{ annex_a_people() }}
),

assessments as (
    select
        cina_assessment_id,
        cina_person_id,
        cast(cina_assessment_start_date as date) as start_date,
        cina_assessment_child_seen,
        {{ annex_a_by_extract('cina_assessment_auth_date') }} as auth_date,
        cina_assessment_outcome_nfa,
        cina_assessment_team,
        cina_assessment_worker_id
    from {{ ref('ssd_cin_assessments') }}
    where {{ ssd_overlaps_period('cina_assessment_start_date', 'cina_assessment_auth_date',
                                 annex_a_window_start(), annex_a_extract_date()) }}
)

select
    a.cina_person_id as child_unique_id,
    p.gender,
    p.ethnicity,
    p.date_of_birth,
    p.age_of_child_years,
    p.disability as does_the_child_have_a_disability,
    a.start_date as continuous_assessment_start_date,
    {{ annex_a_yes_no('a.cina_assessment_child_seen') }} as child_seen_during_continuous_assessment,
    a.auth_date as continuous_assessment_date_of_authorisation,
    case
        when a.auth_date is not null and a.cina_assessment_outcome_nfa = 'N' then 'a) Yes'
        when a.auth_date is not null and a.cina_assessment_outcome_nfa = 'Y' then 'b) No'
    end as child_requires_la_csc_support,
    dept.dept_team_name as allocated_team,
    prof.prof_professional_name as allocated_worker
from assessments as a
left join people as p on a.cina_person_id = p.person_id
left join {{ ref('ssd_department') }} as dept on a.cina_assessment_team = dept.dept_team_id
left join {{ ref('ssd_professionals') }} as prof on a.cina_assessment_worker_id = prof.prof_professional_id
