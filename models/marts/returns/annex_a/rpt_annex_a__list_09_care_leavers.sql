-- Ofsted Annex A list 9: one row per care leaver aged 16 to 25 at the extract date with a
-- care-leaver record dated on or before it: the young person's latest record (by latest contact).
with

people as (
    {{ annex_a_people() }}
),

records as (
    select *
    from (
        select
            clea_table_id,
            clea_person_id,
            clea_care_leaver_eligibility,
            clea_care_leaver_in_touch,
            cast(clea_care_leaver_latest_contact as date) as latest_contact,
            clea_care_leaver_accommodation,
            clea_care_leaver_accom_suitable,
            clea_care_leaver_activity,
            {{ annex_a_by_extract('clea_pathway_plan_review_date') }} as pathway_review_date,
            clea_care_leaver_personal_advisor,
            clea_care_leaver_allocated_team,
            clea_care_leaver_worker_id,
            row_number() over (
                partition by clea_person_id
                order by cast(clea_care_leaver_latest_contact as date) desc, clea_table_id desc
            ) as rn
        from {{ ref('ssd_care_leavers') }}
        where cast(clea_care_leaver_latest_contact as date) <= {{ annex_a_extract_date() }}
    ) as ranked
    where rn = 1
),

uasc as (
    select distinct immi_person_id as person_id
    from {{ ref('ssd_immigration_status') }}
    where
        immi_immigration_status = 'UASC'
        and cast(immi_immigration_status_start_date as date) <= {{ annex_a_extract_date() }}
)

select
    r.clea_person_id as child_unique_id,
    p.gender,
    p.ethnicity,
    p.date_of_birth,
    p.age_of_child_years,
    case when u.person_id is not null then 'a) Yes' else 'b) No' end as uasc_or_formerly_uasc,
    p.disability as does_the_child_have_a_disability,
    dept.dept_team_name as allocated_team,
    prof.prof_professional_name as allocated_worker,
    r.clea_care_leaver_personal_advisor as allocated_personal_advisor,
    case
        when lower(r.clea_care_leaver_eligibility) like 'relevant%' then 'a) Relevant'
        when lower(r.clea_care_leaver_eligibility) like 'former relevant%' then 'b) Former relevant'
        when lower(r.clea_care_leaver_eligibility) like 'qualifying%' then 'c) Qualifying'
        when lower(r.clea_care_leaver_eligibility) like 'eligible%' then 'd) Eligible'
        else 'e) Other'
    end as eligibility_category,
    r.pathway_review_date as latest_pathway_plan_review_date,
    {{ annex_a_label('r.clea_care_leaver_in_touch', 'in_touch') }} as la_in_touch,
    r.latest_contact as latest_date_of_contact,
    {{ annex_a_label('r.clea_care_leaver_accommodation', 'accommodation') }} as type_of_accommodation,
    {{ annex_a_label('r.clea_care_leaver_accom_suitable', 'suitability') }} as suitability_of_accommodation,
    {{ annex_a_label('r.clea_care_leaver_activity', 'activity') }} as activity_status
from records as r
inner join people as p on r.clea_person_id = p.person_id
left join uasc as u on r.clea_person_id = u.person_id
left join {{ ref('ssd_department') }} as dept on r.clea_care_leaver_allocated_team = dept.dept_team_id
left join {{ ref('ssd_professionals') }} as prof on r.clea_care_leaver_worker_id = prof.prof_professional_id
where p.age_of_child_years between 16 and 25
