-- ssd_s47_enquiry: one row per S47 step (IS_SECTION_47_ENQUIRY = Y). Start / end = days of STARTED_ON /
-- COMPLETED_ON; worker and team from the step; outcomes from next actions (null while open with none
-- recorded); NFA = the outcome's NFA flag. Referral: the child's referral open on the start date.
with s47 as (

    select * from {{ ref('int_mosaic__steps') }}
    where {{ ssd_yn('is_section_47_enquiry') }} = 'Y'

),

outcomes as (

    {{ mosaic_outcome_flags('s47e_s47_outcome_json') }}

),

referral as (

    {{ mosaic_referral_at('s47', 'workflow_step_id', 'person_id', 'started_date') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        s47.workflow_step_id as s47e_s47_enquiry_id,
        referral.referral_id as s47e_referral_id,
        s47.person_id as s47e_person_id,
        s47.started_date as s47e_s47_start_date,
        s47.completed_date as s47e_s47_end_date,
        case
            when s47.step_status = 'COMPLETED' then coalesce(outcomes.nfa_flag, 'N')
        end as s47e_s47_nfa,
        case
            when s47.step_status = 'COMPLETED' or outcomes.source_step_id is not null
                then {{ ssd_json_object(mosaic_outcome_pairs('s47e_s47_outcome_json', 'outcomes')) }}
        end as s47e_s47_outcome_json,
        s47.assignee_id as s47e_s47_completed_by_worker_id,
        s47.responsible_team_id as s47e_s47_completed_by_team,
        'DM_WORKFLOW_STEPS' as _source_table,
        s47.workflow_step_id as _source_key,
        case
            when s47.workflow_step_id is null then 'missing_key'
            when s47.key_row > 1 then 'duplicate_key'
            when s47.step_status = 'CANCELLED' then 'cancelled_step'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when s47.started_date is null then 'missing_start_date'
        end as _dq_reason
    from s47
    left join outcomes
        on s47.workflow_step_id = outcomes.source_step_id
    left join referral
        on s47.workflow_step_id = referral.event_key
    left join scope
        on s47.person_id = scope.person_id

)

select * from final
