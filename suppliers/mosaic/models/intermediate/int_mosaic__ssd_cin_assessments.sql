-- ssd_cin_assessments: one row per continuous-assessment step (IS_CONTINUOUS_ASSESSMENT = Y). The id is the
-- step id (the extract's person id || step id would not join the factors). Start = day of STARTED_ON
-- (INCOMING_ON when not started); auth date = day of COMPLETED_ON; child seen from the report filter
-- Child Seen During Event (Lookup) (Yes/No); outcomes from next actions, null while the step is open;
-- NFA = the outcome's NFA flag. Referral: the child's referral open on the start date. Cancelled steps
-- (cancelled_step) are quarantined.
with assessments as (

    select
        *,
        coalesce(started_date, incoming_date) as start_date
    from {{ ref('int_mosaic__steps') }}
    where {{ ssd_yn('is_continuous_assessment') }} = 'Y'

),

seen as (

    select workflow_step_id, max({{ ssd_yn('text_answer') }}) as child_seen
    from {{ ref('stg_mosaic__dm_filter_form_answers') }}
    where filter_name = 'Child Seen During Event (Lookup)'
    group by workflow_step_id

),

outcomes as (

    {{ mosaic_outcome_flags('cina_assessment_outcome_json') }}

),

referral as (

    {{ mosaic_referral_at('assessments', 'workflow_step_id', 'person_id', 'start_date') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        assessments.workflow_step_id as cina_assessment_id,
        assessments.person_id as cina_person_id,
        referral.referral_id as cina_referral_id,
        assessments.start_date as cina_assessment_start_date,
        seen.child_seen as cina_assessment_child_seen,
        assessments.completed_date as cina_assessment_auth_date,
        case
            when assessments.step_status = 'COMPLETED' or outcomes.source_step_id is not null
                then {{ ssd_json_object(mosaic_outcome_pairs('cina_assessment_outcome_json', 'outcomes')) }}
        end as cina_assessment_outcome_json,
        case
            when assessments.step_status = 'COMPLETED' or outcomes.source_step_id is not null
                then coalesce(outcomes.nfa_flag, 'N')
        end as cina_assessment_outcome_nfa,
        assessments.responsible_team_id as cina_assessment_team,
        assessments.assignee_id as cina_assessment_worker_id,
        'DM_WORKFLOW_STEPS' as _source_table,
        assessments.workflow_step_id as _source_key,
        case
            when assessments.workflow_step_id is null then 'missing_key'
            when assessments.key_row > 1 then 'duplicate_key'
            when assessments.step_status = 'CANCELLED' then 'cancelled_step'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when assessments.start_date is null then 'missing_start_date'
        end as _dq_reason
    from assessments
    left join seen
        on assessments.workflow_step_id = seen.workflow_step_id
    left join outcomes
        on assessments.workflow_step_id = outcomes.source_step_id
    left join referral
        on assessments.workflow_step_id = referral.event_key
    left join scope
        on assessments.person_id = scope.person_id

)

select * from final
