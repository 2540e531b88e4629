-- ssd_cin_plans: one row per FACT_CARE_PLAN_SUMMARY row (no window); SSD-bound rows are CIN (family)
-- plans -- plan type FP -- not deleted (status z) and belonging to people in ssd_person. Team and worker
-- are the plan's current coordinator: the FP row of FACT_CARE_PLANS for the summary with the latest
-- START_DTTM (then MODIF_DTTM, then id) -- not the SystemC extract's max() of ids; -1 -> null. Other plan
-- types in FACT_CARE_PLANS (e.g. PATH pathway plans) belong to other SSD tables and are not read.
with summaries as (

    select * from {{ ref('stg_liquidlogic__care_plan_summaries') }}

),

coordinators as (

    select
        care_plan_summary_id,
        coordinator_worker_id,
        coordinator_team_id,
        row_number() over (
            partition by care_plan_summary_id
            order by
                coalesce(start_date, cast('1900-01-01' as {{ ssd_type('timestamp') }})) desc,
                coalesce(modified_date, cast('1900-01-01' as {{ ssd_type('timestamp') }})) desc,
                cast(care_plan_id as bigint) desc
        ) as coordinator_row
    from {{ ref('stg_liquidlogic__care_plans') }}
    where plan_type_code = 'FP' and care_plan_summary_id is not null

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        summaries.*,
        {{ ssd_key_row('summaries', 'care_plan_summary_key') }} as key_row,
        {{ ssd_key_conflict('summaries', 'care_plan_summary_key') }} as key_conflict
    from summaries

),

joined as (

    select
        numbered.*,
        coordinators.coordinator_worker_id,
        coordinators.coordinator_team_id,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join coordinators
        on numbered.care_plan_summary_id = coordinators.care_plan_summary_id
            and coordinators.coordinator_row = 1
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        care_plan_summary_id as cinp_cin_plan_id,
        referral_id as cinp_referral_id,
        person_id as cinp_person_id,
        start_date as cinp_cin_plan_start_date,
        end_date as cinp_cin_plan_end_date,
        coordinator_team_id as cinp_cin_plan_team,
        coordinator_worker_id as cinp_cin_plan_worker_id,
        'FACT_CARE_PLAN_SUMMARY' as _source_table,
        care_plan_summary_key as _source_key,
        case
            when care_plan_summary_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when coalesce(plan_type_code, '') <> 'FP' then 'not_a_cin_plan'
            when lower(coalesce(plan_status_code, '')) = 'z' then 'deleted_plan'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from joined

)

select * from final
