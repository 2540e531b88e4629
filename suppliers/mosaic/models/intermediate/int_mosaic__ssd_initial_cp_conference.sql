-- ssd_initial_cp_conference: one row per initial conference step (CP_CONFERENCE_CATEGORY = Initial). Date =
-- day of CP_CONFERENCE_ACTUAL_DATE; S47 = the preceding S47 step (DM_WORKFLOW_BACKWARDS); CP plan = the
-- non-temporary registration whose REGISTRATION_STEP_ID is the conference (outcome CP flag Y when there is
-- one); meeting id, target date and transfer-in from the conference form answers; referral = the child's
-- referral open on the preceding S47's start (the conference date when there is none); outcomes from next actions.
with icpc as (

    select
        *,
        cast(cast(cp_conference_actual_date as date) as {{ ssd_type('timestamp') }}) as conference_date
    from {{ ref('int_mosaic__steps') }}
    where lower(cp_conference_category) = 'initial'

),

s47 as (

    select
        back.workflow_step_id,
        cast(max(cast(back.preceding_workflow_step_id as bigint)) as {{ ssd_type('string') }}) as s47_id
    from {{ ref('stg_mosaic__dm_workflow_backwards') }} as back
    inner join {{ ref('stg_mosaic__dm_workflow_steps') }} as prev
        on back.preceding_workflow_step_id = prev.workflow_step_id
    where {{ ssd_yn('prev.is_section_47_enquiry') }} = 'Y'
    group by back.workflow_step_id

),

plans as (

    select
        registration_step_id,
        cast(max(cast(registration_id as bigint)) as {{ ssd_type('string') }}) as cp_plan_id
    from {{ ref('stg_mosaic__dm_registrations') }}
    where coalesce({{ ssd_yn('is_temporary_child_protection') }}, 'N') = 'N'
    group by registration_step_id

),

outcomes as (

    {{ mosaic_outcome_flags('icpc_icpc_outcome_json') }}

),

icpc_s47_start as (

    select
        icpc.workflow_step_id,
        icpc.person_id,
        coalesce(prev.started_date, icpc.conference_date) as referral_date_at
    from icpc
    left join s47
        on icpc.workflow_step_id = s47.workflow_step_id
    left join {{ ref('int_mosaic__steps') }} as prev
        on s47.s47_id = prev.workflow_step_id and prev.key_row = 1

),

referral as (

    {{ mosaic_referral_at('icpc_s47_start', 'workflow_step_id', 'person_id', 'referral_date_at') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        icpc.workflow_step_id as icpc_icpc_id,
        answers.meeting_id as icpc_icpc_meeting_id,
        s47.s47_id as icpc_s47_enquiry_id,
        icpc.person_id as icpc_person_id,
        plans.cp_plan_id as icpc_cp_plan_id,
        referral.referral_id as icpc_referral_id,
        coalesce(answers.transfer_in, 'N') as icpc_icpc_transfer_in,
        answers.target_date as icpc_icpc_target_date,
        icpc.conference_date as icpc_icpc_date,
        case when plans.cp_plan_id is not null then 'Y' else 'N' end as icpc_icpc_outcome_cp_flag,
        case
            when icpc.step_status = 'COMPLETED' or outcomes.source_step_id is not null
                then {{ ssd_json_object(mosaic_outcome_pairs('icpc_icpc_outcome_json', 'outcomes')) }}
        end as icpc_icpc_outcome_json,
        icpc.responsible_team_id as icpc_icpc_team,
        icpc.assignee_id as icpc_icpc_worker_id,
        'DM_WORKFLOW_STEPS' as _source_table,
        icpc.workflow_step_id as _source_key,
        case
            when icpc.workflow_step_id is null then 'missing_key'
            when icpc.key_row > 1 then 'duplicate_key'
            when icpc.step_status = 'CANCELLED' then 'cancelled_step'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when icpc.conference_date is null then 'missing_start_date'
        end as _dq_reason
    from icpc
    left join {{ ref('int_mosaic__step_answers') }} as answers
        on icpc.workflow_step_id = answers.workflow_step_id
    left join s47
        on icpc.workflow_step_id = s47.workflow_step_id
    left join plans
        on icpc.workflow_step_id = plans.registration_step_id
    left join outcomes
        on icpc.workflow_step_id = outcomes.source_step_id
    left join referral
        on icpc.workflow_step_id = referral.event_key
    left join scope
        on icpc.person_id = scope.person_id

)

select * from final
