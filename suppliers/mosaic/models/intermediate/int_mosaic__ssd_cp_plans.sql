-- ssd_cp_plans: one row per DM_REGISTRATIONS row. SSD-bound rows are child protection plans
-- (IS_CHILD_PROTECTION_PLAN = Y) that are not temporary (IS_TEMPORARY_CHILD_PROTECTION = Y rows, e.g.
-- children visiting from another LA, are quarantined as temporary_cp_plan). ICPC = REGISTRATION_STEP_ID;
-- initial category = the category with the earliest CATEGORY_START_DATE, latest = the one with the latest
-- (MUL when several share it); OLA = IS_OTHER_LA_PLAN; referral = the child's referral open on the start.
with reg as (

    select
        *,
        row_number() over (partition by registration_id order by registration_start_date) as key_row
    from {{ ref('stg_mosaic__dm_registrations') }}

),

cats as (

    select
        registration_id,
        upper(cin_abuse_category_code) as category,
        category_start_date,
        min(category_start_date) over (partition by registration_id) as first_start,
        max(category_start_date) over (partition by registration_id) as last_start
    from {{ ref('stg_mosaic__dm_registration_categories') }}

),

categories as (

    select
        registration_id,
        case
            when count(distinct case when category_start_date = first_start then category end) > 1 then 'MUL'
            else max(case when category_start_date = first_start then category end)
        end as initial_category,
        case
            when count(distinct case when category_start_date = last_start then category end) > 1 then 'MUL'
            else max(case when category_start_date = last_start then category end)
        end as latest_category
    from cats
    group by registration_id

),

referral as (

    {{ mosaic_referral_at('reg', 'registration_id', 'person_id', 'registration_start_date') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        reg.registration_id as cppl_cp_plan_id,
        referral.referral_id as cppl_referral_id,
        reg.registration_step_id as cppl_icpc_id,
        reg.person_id as cppl_person_id,
        reg.registration_start_date as cppl_cp_plan_start_date,
        reg.deregistration_date as cppl_cp_plan_end_date,
        categories.initial_category as cppl_cp_plan_initial_category,
        {{ ssd_yn('reg.is_other_la_plan') }} as cppl_cp_plan_ola,
        categories.latest_category as cppl_cp_plan_latest_category,
        'DM_REGISTRATIONS' as _source_table,
        reg.registration_id as _source_key,
        case
            when reg.registration_id is null then 'missing_key'
            when reg.key_row > 1 then 'duplicate_key'
            when coalesce({{ ssd_yn('reg.is_child_protection_plan') }}, 'N') <> 'Y' then 'not_a_cp_plan'
            when {{ ssd_yn('reg.is_temporary_child_protection') }} = 'Y' then 'temporary_cp_plan'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when reg.registration_start_date is null then 'missing_start_date'
        end as _dq_reason
    from reg
    left join categories
        on reg.registration_id = categories.registration_id
    left join referral
        on reg.registration_id = referral.event_key
    left join scope
        on reg.person_id = scope.person_id

)

select * from final
