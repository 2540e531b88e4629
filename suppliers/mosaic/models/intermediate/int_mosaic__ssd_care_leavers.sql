-- ssd_care_leavers: one row per DM_FORMER_LOOKED_AFTER row (a care leaver's situation record;
-- id = FUTURE_PROSPECT_ID). Latest contact = DATE_OF_SITUATION; eligibility, in touch, accommodation
-- (ACCOMODATION_TYPE, sic), suitability and activity as the 903 mapping stores them; pathway plan review
-- date as recorded. Personal adviser: the child's REL.PERSONALADVISOR relationship open on the contact date
-- (the latest started) gives the adviser's name (DM_WORKERS.FULL_NAME), worker id and team (primary role).
with leavers as (

    select
        *,
        row_number() over (partition by future_prospect_id order by date_of_situation) as key_row
    from {{ ref('stg_mosaic__dm_former_looked_after') }}

),

advisers as (

    select
        leavers.future_prospect_id,
        rels.worker_id,
        row_number() over (
            partition by leavers.future_prospect_id order by rels.start_date desc, rels.prof_relationship_id desc
        ) as pick
    from leavers
    inner join {{ ref('stg_mosaic__dm_prof_relationships') }} as rels
        on leavers.person_id = rels.person_id
            and upper(rels.prof_rel_type_code) = 'REL.PERSONALADVISOR'
            and leavers.date_of_situation >= rels.start_date
            and (rels.end_date is null or leavers.date_of_situation < rels.end_date)

),

teams as (

    select
        worker_id,
        max(organisation_id) as team_id
    from {{ ref('stg_mosaic__dm_worker_roles') }}
    where {{ ssd_yn('primary_role') }} = 'Y'
    group by worker_id

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        leavers.future_prospect_id as clea_table_id,
        leavers.person_id as clea_person_id,
        leavers.eligibility as clea_care_leaver_eligibility,
        upper(leavers.in_touch_type) as clea_care_leaver_in_touch,
        leavers.date_of_situation as clea_care_leaver_latest_contact,
        upper(leavers.accomodation_type) as clea_care_leaver_accommodation,
        leavers.accomodation_suitable as clea_care_leaver_accom_suitable,
        upper(leavers.activity_type) as clea_care_leaver_activity,
        leavers.pathway_plan_review_date as clea_pathway_plan_review_date,
        workers.full_name as clea_care_leaver_personal_advisor,
        teams.team_id as clea_care_leaver_allocated_team,
        advisers.worker_id as clea_care_leaver_worker_id,
        'DM_FORMER_LOOKED_AFTER' as _source_table,
        leavers.future_prospect_id as _source_key,
        case
            when leavers.future_prospect_id is null then 'missing_key'
            when leavers.key_row > 1 then 'duplicate_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from leavers
    left join advisers
        on leavers.future_prospect_id = advisers.future_prospect_id and advisers.pick = 1
    left join {{ ref('stg_mosaic__dm_workers') }} as workers
        on advisers.worker_id = workers.worker_id
    left join teams
        on advisers.worker_id = teams.worker_id
    left join scope
        on leavers.person_id = scope.person_id

)

select * from final
