-- ssd_initial_cp_conference: one row per Child: Record of meeting(s) and plan form (design 21e01e2e-...) with sub-
-- name Child Protection - Initial Conference. The conference id is the INSTANCEID (the extract's INSTANCEID ||
-- PERSONID is not used); Eclipse has no separate meeting id (the extract repeats the INSTANCEID):
-- icpc_icpc_meeting_id is null. Date: 903Return_dateOfMeetingConference. Transfer in: Y when
-- AnnexAReturn_typeOfMeeting is 'Transfer in conference'. Outcome JSON: the ticked ChildProtectionNextStep options;
-- the CP flag ('Set next review') is icpc_icpc_outcome_cp_flag. S47: the child's latest enquiry in ssd_s47_enquiry
-- started on or before the conference. Target date: 15 working days after the child's latest strategy discussion
-- (design f9a86a19-..., dateOfMeeting) on or before the conference, counting Mondays to Fridays (no bank holidays;
-- a weekend strategy discussion counts from the next Monday). CP plan: the child's plan in ssd_cp_plans that starts
-- on the conference date. Referral: latest referral on or before the conference. Worker / team: the allocation that
-- had started on the conference date.
{# The SSD's ICPC target date counts Mondays to Fridays only (the simulator's rule; the Eclipse extract's
    own calendar also skips its hard-coded bank holidays): an empty holiday relation. #}
{%- set weekdays_only = '(select cast(null as date) as holiday_date where 1 = 0)' %}
with forms as (

    select * from {{ ref('int_eclipse__form_instances') }}
    where design_guid = '21e01e2e-fd65-439d-a8aa-a179106a3d45'
        and design_subname = 'child protection - initial conference'

),

flags as (

    {{ eclipse_outcome_flags('icpc_icpc_outcome_json') }}

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

enquiries as (

    select
        forms.instance_id,
        s47.s47e_s47_enquiry_id,
        row_number() over (
            partition by forms.instance_id
            order by s47.s47e_s47_start_date desc, cast(s47.s47e_s47_enquiry_id as bigint) desc
        ) as enquiry_row
    from forms
    inner join {{ ref('int_eclipse__ssd_s47_enquiry') }} as s47
        on forms.person_id = s47.s47e_person_id
            and forms.r903_return_dateofmeetingconference >= s47.s47e_s47_start_date
            and s47._dq_reason is null

),

strategy as (

    select
        forms.instance_id,
        discussions.dateofmeeting,
        row_number() over (
            partition by forms.instance_id order by discussions.dateofmeeting desc, discussions.instance_id desc
        ) as strategy_row
    from forms
    inner join {{ ref('int_eclipse__form_instances') }} as discussions
        on forms.person_id = discussions.person_id
            and discussions.design_guid = 'f9a86a19-ea09-41f0-9403-a88e2b0e738a'
            and discussions.instance_state = 'COMPLETE'
            and forms.r903_return_dateofmeetingconference >= discussions.dateofmeeting

),

plans as (

    select
        cppl_person_id,
        cppl_cp_plan_start_date,
        min(cppl_cp_plan_id) as cppl_cp_plan_id
    from {{ ref('int_eclipse__ssd_cp_plans') }}
    where _dq_reason is null
    group by cppl_person_id, cppl_cp_plan_start_date

),

referrals as (

    {{ eclipse_latest_referral('forms', 'instance_id', 'r903_return_dateofmeetingconference') }}

),

allocations as (

    {{ eclipse_allocated_at('forms', 'instance_id', 'r903_return_dateofmeetingconference') }}

),

joined as (

    select
        forms.*,
        {%- for key in ssd_outcome_json_keys('icpc_icpc_outcome_json') %}
            flags.{{ key | lower }},
        {%- endfor %}
        enquiries.s47e_s47_enquiry_id,
        strategy.dateofmeeting as strategy_date,
        plans.cppl_cp_plan_id,
        referrals.cine_referral_id,
        allocations.worker_id,
        allocations.team_id,
        people.pers_person_id
    from forms
    left join flags
        on forms.instance_id = flags.instance_id
    left join enquiries
        on forms.instance_id = enquiries.instance_id and enquiries.enquiry_row = 1
    left join strategy
        on forms.instance_id = strategy.instance_id and strategy.strategy_row = 1
    left join plans
        on forms.person_id = plans.cppl_person_id
            and forms.r903_return_dateofmeetingconference = plans.cppl_cp_plan_start_date
    left join referrals
        on forms.instance_id = referrals.instance_id
    left join allocations
        on forms.instance_id = allocations.instance_id
    left join people
        on forms.person_id = people.pers_person_id

),

final as (

    select
        instance_id as icpc_icpc_id,
        cast(null as {{ ssd_type('string') }}) as icpc_icpc_meeting_id,
        s47e_s47_enquiry_id as icpc_s47_enquiry_id,
        person_id as icpc_person_id,
        cppl_cp_plan_id as icpc_cp_plan_id,
        cine_referral_id as icpc_referral_id,
        case when lower(annexareturn_typeofmeeting) = 'transfer in conference' then 'Y' else 'N' end
            as icpc_icpc_transfer_in,
        cast(
            {{ ssd_add_working_days(
                'strategy_date',
                'case when ' ~ _ssd_is_weekday('strategy_date') ~ ' then 15 else 16 end',
                holidays=weekdays_only,
            ) }} as {{ ssd_type('timestamp') }}
        ) as icpc_icpc_target_date,
        r903_return_dateofmeetingconference as icpc_icpc_date,
        coalesce(cp_flag, 'N') as icpc_icpc_outcome_cp_flag,
        {{ ssd_outcome_json(eclipse_flag_pairs('icpc_icpc_outcome_json')) }} as icpc_icpc_outcome_json,
        team_id as icpc_icpc_team,
        worker_id as icpc_icpc_worker_id,
        'FORMANSWERPERSONVIEW' as _source_table,
        instance_id as _source_key,
        case
            when coalesce(instance_state, '') <> 'COMPLETE' then 'form_not_complete'
            when pers_person_id is null then 'person_not_in_ssd_person'
            when r903_return_dateofmeetingconference is null then 'missing_start_date'
        end as _dq_reason
    from joined

)

select * from final
