-- ssd_care_leavers: one row per CLACARELEAVERDETAILSVIEW row (every contact record; the extract kept only the
-- latest per person). Eligibility, in-touch, accommodation and activity codes as recorded; suitability:
-- 'Suitable' -> 1, 'Unsuitable' -> 2. Pathway plan review: the latest dateOfPathwayPlan on the person's
-- Care leavers, Pathway needs assessment and plan forms (design c17d1557-...) on or before the contact.
-- Personal adviser (name), worker and team: the person's personal-adviser relationship (RELATIONSHIPCLASSCODE
-- 16PLUS) open on the contact date (the extract used the allocated case worker). SSD-bound rows: people in
-- ssd_person.
with leavers as (

    select * from {{ ref('stg_eclipse__care_leavers') }}

),

plans as (

    select
        leavers.care_leaver_key,
        forms.dateofpathwayplan,
        row_number() over (
            partition by leavers.care_leaver_key order by forms.dateofpathwayplan desc, forms.instance_id desc
        ) as plan_row
    from leavers
    inner join {{ ref('int_eclipse__form_instances') }} as forms
        on
            leavers.person_id = forms.person_id
            and forms.design_guid = 'c17d1557-513d-443f-8013-a31eb541455b'
            and forms.instance_state = 'COMPLETE'
            and leavers.contact_date >= forms.dateofpathwayplan

),

advisers as (

    select
        leavers.care_leaver_key,
        relationships.worker_id,
        relationships.worker_name,
        relationships.team_id,
        row_number() over (
            partition by leavers.care_leaver_key
            order by relationships.start_date desc, relationships.relationship_key desc
        ) as adviser_row
    from leavers
    inner join {{ ref('stg_eclipse__professional_relationships') }} as relationships
        on
            leavers.person_id = relationships.person_id
            and relationships.relationship_class_code = '16PLUS'
            and leavers.contact_date >= relationships.start_date
            and (relationships.end_date is null or leavers.contact_date <= relationships.end_date)

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        leavers.*,
        plans.dateofpathwayplan,
        advisers.worker_id,
        advisers.worker_name,
        advisers.team_id,
        people.pers_person_id,
        row_number() over (partition by leavers.care_leaver_key order by leavers.contact_date) as key_row
    from leavers
    left join plans
        on leavers.care_leaver_key = plans.care_leaver_key and plans.plan_row = 1
    left join advisers
        on leavers.care_leaver_key = advisers.care_leaver_key and advisers.adviser_row = 1
    left join people
        on leavers.person_id = people.pers_person_id

),

final as (

    select
        care_leaver_id as clea_table_id,
        person_id as clea_person_id,
        eligibility as clea_care_leaver_eligibility,
        in_touch_code as clea_care_leaver_in_touch,
        contact_date as clea_care_leaver_latest_contact,
        accommodation_code as clea_care_leaver_accommodation,
        case accommodation_suitable when 'suitable' then '1' when 'unsuitable' then '2' end
            as clea_care_leaver_accom_suitable,
        main_activity_code as clea_care_leaver_activity,
        dateofpathwayplan as clea_pathway_plan_review_date,
        worker_name as clea_care_leaver_personal_advisor,
        team_id as clea_care_leaver_allocated_team,
        worker_id as clea_care_leaver_worker_id,
        'CLACARELEAVERDETAILSVIEW' as _source_table,
        care_leaver_key as _source_key,
        case
            when care_leaver_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when pers_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from numbered

)

select * from final
