{%- set plan_keys = [
    'REMAINSUP', 'RETURN1M', 'RETURN6M', 'RETURNEV', 'LTRELFR', 'LTFOST18', 'RESPLMT', 'SUPPLIV', 'ADOPTION', 'OTHERPLN',
] -%}
-- ssd_cla_care_plan: one row per care plan step (WORKFLOW_STEP_TYPE_ID 1262, the LA's CLA care plan step).
-- Start / end = days of STARTED_ON / COMPLETED_ON; the permanence plan is the step's answer to lac.perm.plan
-- (one Annex A option code), spread into the SSD JSON (the chosen option Y, the others N; the extract wrote the
-- single category text).
with plans as (

    select * from {{ ref('int_mosaic__steps') }}
    where workflow_step_type_id = '1262'

),

answers as (

    select
        workflow_step_id,
        max(upper(text_answer)) as plan_option
    from {{ ref('stg_mosaic__dm_cached_form_answers') }}
    where question_user_code = 'lac.perm.plan'
    group by workflow_step_id

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        plans.workflow_step_id as lacp_table_id,
        plans.person_id as lacp_person_id,
        plans.started_date as lacp_cla_care_plan_start_date,
        plans.completed_date as lacp_cla_care_plan_end_date,
        {%- set pairs = [] -%}
        {%- for key in plan_keys -%}
            {%- do pairs.append((key, "case when answers.plan_option = '" ~ key ~ "' then 'Y' else 'N' end")) -%}
        {%- endfor %}
        case when answers.plan_option is not null then {{ ssd_json_object(pairs) }} end as lacp_cla_care_plan_json,
        'DM_WORKFLOW_STEPS' as _source_table,
        plans.workflow_step_id as _source_key,
        case
            when plans.workflow_step_id is null then 'missing_key'
            when plans.key_row > 1 then 'duplicate_key'
            when plans.step_status = 'CANCELLED' then 'cancelled_step'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when plans.started_date is null then 'missing_start_date'
        end as _dq_reason
    from plans
    left join answers
        on plans.workflow_step_id = answers.workflow_step_id
    left join scope
        on plans.person_id = scope.person_id

)

select * from final
