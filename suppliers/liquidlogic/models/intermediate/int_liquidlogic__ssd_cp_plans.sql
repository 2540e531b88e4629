-- ssd_cp_plans from FACT_CP_PLAN: one row per raw row. Categories of abuse arrive as descriptions and are
-- recoded to CIN codes (NEG/PHY/SAB/EMO/MUL) through dfe__cin_category_of_abuse on trimmed lower case.
with cp_plans as (

    select * from {{ ref('stg_liquidlogic__cp_plans') }}

),

categories as (

    select
        code,
        lower(trim(description)) as description_key
    from {{ ref('dfe__cin_category_of_abuse') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        cp_plans.*,
        {{ ssd_key_row('cp_plans', 'cp_plan_key') }} as key_row,
        {{ ssd_key_conflict('cp_plans', 'cp_plan_key') }} as key_conflict
    from cp_plans

),

joined as (

    select
        numbered.*,
        initial_category.code as initial_category_code,
        latest_category.code as latest_category_code,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join categories as initial_category
        on lower(numbered.initial_category_description) = initial_category.description_key
    left join categories as latest_category
        on lower(numbered.latest_category_description) = latest_category.description_key
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        cp_plan_id as cppl_cp_plan_id,
        referral_id as cppl_referral_id,
        initial_cp_conference_id as cppl_icpc_id,
        person_id as cppl_person_id,
        start_date as cppl_cp_plan_start_date,
        end_date as cppl_cp_plan_end_date,
        initial_category_code as cppl_cp_plan_initial_category,
        is_ola_flag as cppl_cp_plan_ola,
        latest_category_code as cppl_cp_plan_latest_category,
        'FACT_CP_PLAN' as _source_table,
        cp_plan_key as _source_key,
        case
            when cp_plan_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when initial_category_description is not null and initial_category_code is null
                then 'unknown_cp_category_description'
            when latest_category_description is not null and latest_category_code is null
                then 'unknown_cp_category_description'
        end as _dq_reason
    from joined

)

select * from final
