-- ssd_s47_enquiry: one row per instance of the Child Protection: Section 47 Assessment form (design
-- fdca0a95-...). Start: the strategy meeting date (AnnexAReturn_dateOfStratMeeting); end: DATECOMPLETED of a
-- COMPLETE form (open enquiries are in progress: end, NFA and outcome null). Outcome JSON: the ticked
-- CINCensus_whatNeedsToHappenNext options (Y; the rest N), with the SSD's keys (the extract's OUTCOME_* keys
-- are not used). Referral: the child's latest referral in ssd_cin_episodes dated on or before the start (the
-- extract's classification-assignment scheme would not join). Worker / team: the allocated worker (AW) and
-- team (AT) that had started on the start date. SSD-bound rows: COMPLETE or in-progress forms of people in
-- ssd_person with a start date.
with forms as (

    select * from {{ ref('int_eclipse__form_instances') }}
    where design_guid = 'fdca0a95-8578-43ca-97ff-ad3a8adf57de'

),

flags as (

    {{ eclipse_outcome_flags('s47e_s47_outcome_json') }}

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

referrals as (

    {{ eclipse_latest_referral('forms', 'instance_id', 'annexareturn_dateofstratmeeting') }}

),

allocations as (

    {{ eclipse_allocated_at('forms', 'instance_id', 'annexareturn_dateofstratmeeting') }}

),

joined as (

    select
        forms.*,
        {%- for key in ssd_outcome_json_keys('s47e_s47_outcome_json') %}
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
        instance_id as s47e_s47_enquiry_id,
        cine_referral_id as s47e_referral_id,
        person_id as s47e_person_id,
        annexareturn_dateofstratmeeting as s47e_s47_start_date,
        case when is_complete then date_completed end as s47e_s47_end_date,
        case when is_complete then coalesce(nfa_flag, 'N') end as s47e_s47_nfa,
        case
            when is_complete then {{ ssd_outcome_json(eclipse_flag_pairs('s47e_s47_outcome_json')) }}
        end as s47e_s47_outcome_json,
        worker_id as s47e_s47_completed_by_worker_id,
        team_id as s47e_s47_completed_by_team,
        'FORMANSWERPERSONVIEW' as _source_table,
        instance_id as _source_key,
        case
            when coalesce(instance_state, '') not in ('COMPLETE', 'INPROGRESS') then 'cancelled_form'
            when pers_person_id is null then 'person_not_in_ssd_person'
            when annexareturn_dateofstratmeeting is null then 'missing_start_date'
        end as _dq_reason
    from joined

)

select * from final
