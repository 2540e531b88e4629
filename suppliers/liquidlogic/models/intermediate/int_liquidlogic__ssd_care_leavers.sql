-- ssd_care_leavers from FACT_CLA_CARE_LEAVERS: one row per raw care-leaver contact record, keyed by
-- FACT_CLA_CARE_LEAVERS_ID (stable, unlike the GUID the SystemC extract generates each run). Everything
-- person-level is taken as at the record's contact date (IN_TOUCH_DTTM):
--   eligibility: the DIM_CLA_ELIGIBILITY status period covering the contact date (latest start wins);
--   pathway plan review: the latest MODIF_DTTM on or before the contact date of the person's pathway plans
--     (FACT_CARE_PLANS type PATH: this model's scope on the shared table); null when none (no 1900 default);
--   personal adviser / team / worker: the person's 16PLUS (personal adviser) involvement that had started by
--     the contact date (else their first one), from the good rows of int_liquidlogic__ssd_involvements:
--     worker id, team id, and the adviser's name from int_liquidlogic__ssd_professionals.
-- In touch: the 903 code column. Accommodation and activity: descriptions recoded through the DfE seeds (an
-- unrecognised description rejects the row: the 903 needs the code); suitability: description recoded to
-- 1/2 through liquidlogic__accommodation_suitable_care (unrecognised -> null).
with care_leavers as (

    select * from {{ ref('stg_liquidlogic__care_leavers') }}

),

eligibilities as (

    select * from {{ ref('stg_liquidlogic__cla_eligibilities') }}

),

care_plans as (

    select * from {{ ref('stg_liquidlogic__care_plans') }}

),

involvements as (

    select * from {{ ref('int_liquidlogic__ssd_involvements') }}
    where _dq_reason is null

),

professionals as (

    select * from {{ ref('int_liquidlogic__ssd_professionals') }}
    where _dq_reason is null

),

accommodation_codes as (

    select
        code,
        lower(trim(description)) as description_key
    from {{ ref('dfe__903_care_leaver_accommodation') }}

),

activity_codes as (

    select
        code,
        lower(trim(description)) as description_key
    from {{ ref('dfe__903_care_leaver_activity') }}

),

suitability_codes as (

    select
        code,
        lower(trim(description)) as description_key
    from {{ ref('liquidlogic__accommodation_suitable_care') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

personal_advisers as (

    select
        invo_person_id as person_id,
        invo_professional_id as worker_id,
        invo_professional_team as team_id,
        invo_involvement_start_date as start_date,
        invo_involvements_id as involvement_id
    from involvements
    where upper(invo_professional_role_id) = '16PLUS'
        and invo_person_id is not null

),

numbered as (

    select
        care_leavers.*,
        {{ ssd_key_row('care_leavers', 'care_leaver_key') }} as key_row,
        {{ ssd_key_conflict('care_leavers', 'care_leaver_key') }} as key_conflict
    from care_leavers

),

eligibility_at_contact as (

    select
        numbered.care_leaver_key,
        eligibilities.eligibility_description,
        row_number() over (
            partition by numbered.care_leaver_key
            order by eligibilities.start_date desc, cast(eligibilities.cla_eligibility_id as bigint) desc
        ) as eligibility_row
    from numbered
    inner join eligibilities
        on numbered.person_id = eligibilities.person_id
            and numbered.in_touch_date >= eligibilities.start_date
            and (eligibilities.end_date is null or numbered.in_touch_date <= eligibilities.end_date)

),

pathway_review_at_contact as (

    select
        numbered.care_leaver_key,
        max(care_plans.modified_date) as last_review_date
    from numbered
    inner join care_plans
        on numbered.person_id = care_plans.person_id
            and numbered.in_touch_date >= care_plans.modified_date
    where care_plans.plan_type_code = 'PATH'
    group by numbered.care_leaver_key

),

-- The adviser holding the case at contact: latest started by then; contacts before any start take the first.
adviser_at_contact as (

    select
        numbered.care_leaver_key,
        personal_advisers.worker_id,
        personal_advisers.team_id,
        row_number() over (
            partition by numbered.care_leaver_key
            order by
                case when personal_advisers.start_date <= numbered.in_touch_date then 0 else 1 end asc,
                case
                    when personal_advisers.start_date <= numbered.in_touch_date
                        then personal_advisers.start_date
                end desc nulls last,
                personal_advisers.start_date asc,
                cast(personal_advisers.involvement_id as bigint) asc
        ) as adviser_row
    from numbered
    inner join personal_advisers
        on numbered.person_id = personal_advisers.person_id

),

joined as (

    select
        numbered.*,
        eligibility_at_contact.eligibility_description,
        accommodation_codes.code as accommodation_code,
        activity_codes.code as activity_code,
        suitability_codes.code as suitability_code,
        pathway_review_at_contact.last_review_date,
        professionals.prof_professional_name as personal_adviser_name,
        adviser_at_contact.team_id as allocated_team_id,
        adviser_at_contact.worker_id as allocated_worker_id,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join eligibility_at_contact
        on numbered.care_leaver_key = eligibility_at_contact.care_leaver_key
            and eligibility_at_contact.eligibility_row = 1
    left join accommodation_codes
        on lower(numbered.accommodation_description) = accommodation_codes.description_key
    left join activity_codes
        on lower(numbered.main_activity_description) = activity_codes.description_key
    left join suitability_codes
        on lower(numbered.accommodation_suitable_description) = suitability_codes.description_key
    left join pathway_review_at_contact
        on numbered.care_leaver_key = pathway_review_at_contact.care_leaver_key
    left join adviser_at_contact
        on numbered.care_leaver_key = adviser_at_contact.care_leaver_key
            and adviser_at_contact.adviser_row = 1
    left join professionals
        on adviser_at_contact.worker_id = professionals.prof_professional_id
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        care_leaver_id as clea_table_id,
        person_id as clea_person_id,
        eligibility_description as clea_care_leaver_eligibility,
        in_touch_code as clea_care_leaver_in_touch,
        in_touch_date as clea_care_leaver_latest_contact,
        accommodation_code as clea_care_leaver_accommodation,
        suitability_code as clea_care_leaver_accom_suitable,
        activity_code as clea_care_leaver_activity,
        last_review_date as clea_pathway_plan_review_date,
        personal_adviser_name as clea_care_leaver_personal_advisor,
        allocated_team_id as clea_care_leaver_allocated_team,
        allocated_worker_id as clea_care_leaver_worker_id,
        'FACT_CLA_CARE_LEAVERS' as _source_table,
        care_leaver_key as _source_key,
        case
            when care_leaver_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when accommodation_description is not null and accommodation_code is null
                then 'unknown_care_leaver_accommodation'
            when main_activity_description is not null and activity_code is null
                then 'unknown_care_leaver_activity'
        end as _dq_reason
    from joined

)

select * from final
