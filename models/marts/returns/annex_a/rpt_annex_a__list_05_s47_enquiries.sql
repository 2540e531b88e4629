-- Ofsted Annex A list 5: one row per S47 enquiry open at any time in the window, with its initial
-- child protection conference (if held by the extract date) and the child's 12-month counts.
with

people as (
    {{ annex_a_people() }}
),

enquiries as (
    select
        s47e_s47_enquiry_id,
        s47e_person_id,
        cast(s47e_s47_start_date as date) as start_date,
        {{ annex_a_by_extract('s47e_s47_end_date') }} as end_date,
        s47e_s47_completed_by_team,
        s47e_s47_completed_by_worker_id
    from {{ ref('ssd_s47_enquiry') }}
    where cast(s47e_s47_start_date as date) <= {{ annex_a_extract_date() }}
),

conferences as (
    select
        icpc_icpc_id,
        icpc_s47_enquiry_id,
        icpc_person_id,
        cast(icpc_icpc_date as date) as icpc_date,
        icpc_icpc_outcome_cp_flag
    from {{ ref('ssd_initial_cp_conference') }}
    where cast(icpc_icpc_date as date) <= {{ annex_a_extract_date() }}
),

first_conference as (
    select
        icpc_s47_enquiry_id,
        icpc_date,
        icpc_icpc_outcome_cp_flag
    from (
        select
            icpc_s47_enquiry_id,
            icpc_date,
            icpc_icpc_outcome_cp_flag,
            row_number() over (partition by icpc_s47_enquiry_id order by icpc_date, icpc_icpc_id) as rn
        from conferences
        where icpc_s47_enquiry_id is not null
    ) as ranked
    where rn = 1
),

s47_12m as (
    select
        s47e_person_id as person_id,
        count(*) as n
    from enquiries
    where start_date >= {{ annex_a_twelve_month_start() }}
    group by s47e_person_id
),

icpc_12m as (
    select
        icpc_person_id as person_id,
        count(*) as n
    from conferences
    where icpc_date >= {{ annex_a_twelve_month_start() }}
    group by icpc_person_id
)

select
    e.s47e_person_id as child_unique_id,
    p.gender,
    p.ethnicity,
    p.date_of_birth,
    p.age_of_child_years,
    p.disability as does_the_child_have_a_disability,
    e.start_date as strategy_discussion_s47_start_date,
    case
        when c.icpc_date is not null then 'b) No'
        when e.end_date is not null then 'a) Yes'
    end as icpc_deemed_unnecessary,
    c.icpc_date as date_of_initial_cp_conference,
    case when c.icpc_date is not null then {{ annex_a_yes_no('c.icpc_icpc_outcome_cp_flag') }} end
        as icpc_resulted_in_cp_plan,
    cast(coalesce(s.n, 0) as integer) as number_of_s47_enquiries_in_last_12_months,
    cast(coalesce(i.n, 0) as integer) as number_of_icpcs_in_last_12_months,
    dept.dept_team_name as allocated_team,
    prof.prof_professional_name as allocated_worker
from enquiries as e
left join people as p on e.s47e_person_id = p.person_id
left join first_conference as c on e.s47e_s47_enquiry_id = c.icpc_s47_enquiry_id
left join s47_12m as s on e.s47e_person_id = s.person_id
left join icpc_12m as i on e.s47e_person_id = i.person_id
left join {{ ref('ssd_department') }} as dept on e.s47e_s47_completed_by_team = dept.dept_team_id
left join {{ ref('ssd_professionals') }} as prof on e.s47e_s47_completed_by_worker_id = prof.prof_professional_id
where e.end_date is null or e.end_date >= {{ annex_a_window_start() }}
