-- ssd_initial_cp_conference from FACT_CP_CONFERENCE + its FACT_MEETINGS row (type CPConference) and
-- the FACT_CP_PLAN that names it as its initial conference. One row per raw conference row.
-- The organiser is stored as a STAFF_ID: looked up in DIM_WORKER to get the worker id.
with conferences as (

    select * from {{ ref('stg_liquidlogic__cp_conferences') }}

),

meetings as (

    select * from {{ ref('stg_liquidlogic__meetings') }}

),

cp_plans as (

    select * from {{ ref('stg_liquidlogic__cp_plans') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

workers as (

    select * from {{ ref('stg_liquidlogic__workers') }}

),

worker_by_staff_id as (

    select
        upper(staff_id) as staff_key,
        min(worker_id) as worker_id
    from workers
    where staff_id is not null and worker_id is not null
    group by upper(staff_id)
    having count(*) = 1

),

meeting_once as (

    select
        meeting_id,
        meeting_type_code,
        actual_date,
        row_number() over (partition by meeting_id order by meeting_key) as meeting_row
    from meetings
    where meeting_id is not null

),

-- The plan that followed the conference (the earliest, should a conference ever be named by two).
plan_by_conference as (

    select
        initial_cp_conference_id,
        cp_plan_id,
        row_number() over (
            partition by initial_cp_conference_id order by start_date, cp_plan_id
        ) as plan_row
    from cp_plans
    where initial_cp_conference_id is not null and cp_plan_id is not null

),

numbered as (

    select
        conferences.*,
        {{ ssd_key_row('conferences', 'cp_conference_key') }} as key_row,
        {{ ssd_key_conflict('conferences', 'cp_conference_key') }} as key_conflict
    from conferences

),

joined as (

    select
        numbered.*,
        meeting_once.meeting_type_code,
        meeting_once.actual_date as conference_date,
        plan_by_conference.cp_plan_id,
        worker_by_staff_id.worker_id as organised_by_worker_id,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join meeting_once
        on numbered.meeting_id = meeting_once.meeting_id
            and meeting_once.meeting_row = 1
    left join plan_by_conference
        on numbered.cp_conference_id = plan_by_conference.initial_cp_conference_id
            and plan_by_conference.plan_row = 1
    left join worker_by_staff_id
        on upper(numbered.organised_by_staff_id) = worker_by_staff_id.staff_key
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        cp_conference_id as icpc_icpc_id,
        meeting_id as icpc_icpc_meeting_id,
        s47_enquiry_id as icpc_s47_enquiry_id,
        person_id as icpc_person_id,
        cp_plan_id as icpc_cp_plan_id,
        referral_id as icpc_referral_id,
        transfer_in_flag as icpc_icpc_transfer_in,
        due_date as icpc_icpc_target_date,
        conference_date as icpc_icpc_date,
        outcome_cp_flag as icpc_icpc_outcome_cp_flag,
        {{ ssd_outcome_json(liquidlogic_outcome_pairs('icpc_icpc_outcome_json')) }} as icpc_icpc_outcome_json,
        organised_by_team_id as icpc_icpc_team,
        organised_by_worker_id as icpc_icpc_worker_id,
        'FACT_CP_CONFERENCE' as _source_table,
        cp_conference_key as _source_key,
        case
            when cp_conference_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when meeting_type_code is null then 'conference_meeting_not_found'
            when meeting_type_code <> 'CPConference' then 'meeting_not_initial_cp_conference'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from joined

)

select * from final
