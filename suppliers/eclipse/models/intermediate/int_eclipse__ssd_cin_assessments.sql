-- ssd_cin_assessments: one row per instance of the Child: Assessment form (design 94b3f530-...; sub-names
-- Single assessment / Reassessment, trailing spaces trimmed). SSD-bound rows: COMPLETE or in-progress forms
-- (in-progress: no auth date, outcome null) of people in ssd_person with a start date
-- (CINCensus_startDateOfForm); cancelled forms are out of scope. The assessment id is the INSTANCEID (the
-- extract's PERSONID || INSTANCEID does not match the factors' plain INSTANCEID). Child seen: Y when SeenAlone
-- is 'Child seen alone' or 'Child seen with others', N for any other answer. Auth date: DATECOMPLETED of a
-- COMPLETE form. Outcome JSON: ticked WorkerOutcome options (Y; the rest N). Referral: the person's latest
-- referral in ssd_cin_episodes dated on or before the start. Worker / team: the allocated worker (AW) and team
-- (AT) whose allocation had started on the start date (latest start on or before it, open ones included).
with forms as (

    select * from {{ ref('int_eclipse__form_instances') }}
    where design_guid = '94b3f530-a918-4f33-85c2-0ae355c9c2fd'

),

flags as (

    {{ eclipse_outcome_flags('cina_assessment_outcome_json') }}

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

referrals as (

    {{ eclipse_latest_referral('forms', 'instance_id', 'cincensus_startdateofform') }}

),

allocations as (

    {{ eclipse_allocated_at('forms', 'instance_id', 'cincensus_startdateofform') }}

),

joined as (

    select
        forms.*,
        {%- for key in ssd_outcome_json_keys('cina_assessment_outcome_json') %}
            flags.{{ key | lower }},
        {%- endfor %}
        referrals.cine_referral_id,
        allocations.worker_id,
        allocations.team_id,
        people.pers_person_id,
        coalesce(forms.instance_state, '') = 'COMPLETE' as is_complete
    from forms
    left join flags
        on forms.instance_id = flags.instance_id
    left join referrals
        on forms.instance_id = referrals.instance_id
    left join allocations
        on forms.instance_id = allocations.instance_id
    left join people
        on forms.person_id = people.pers_person_id

),

final as (

    select
        instance_id as cina_assessment_id,
        person_id as cina_person_id,
        cine_referral_id as cina_referral_id,
        cincensus_startdateofform as cina_assessment_start_date,
        case
            when lower(seenalone) in ('child seen alone', 'child seen with others') then 'Y'
            when seenalone is not null then 'N'
        end as cina_assessment_child_seen,
        case when is_complete then date_completed end as cina_assessment_auth_date,
        case
            when is_complete then {{ ssd_outcome_json(eclipse_flag_pairs('cina_assessment_outcome_json')) }}
        end as cina_assessment_outcome_json,
        case when is_complete then coalesce(nfa_flag, 'N') end as cina_assessment_outcome_nfa,
        team_id as cina_assessment_team,
        worker_id as cina_assessment_worker_id,
        'FORMANSWERPERSONVIEW' as _source_table,
        instance_id as _source_key,
        case
            when coalesce(instance_state, '') not in ('COMPLETE', 'INPROGRESS') then 'cancelled_form'
            when pers_person_id is null then 'person_not_in_ssd_person'
            when cincensus_startdateofform is null then 'missing_start_date'
        end as _dq_reason
    from joined

)

select * from final
