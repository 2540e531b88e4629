-- ssd_cp_reviews: one row per Child: Record of meeting(s) and plan form (design 21e01e2e-...) with sub-name
-- Child Protection - Review Conference. Meeting id: the record form's INSTANCEID; review id: the INSTANCEID
-- of the child's Independent Reviewing Officer quality-assurance form (design 79f3495c-..., sub-name Child
-- protection conference) dated (dateOfMeeting) on the review date; without one the review has no key
-- (quarantined, where the extract wrote a NULL key). Date: 903Return_dateOfMeetingConference. Due: the
-- dateofnextplanmeetingreview_35 of the child's previous meeting record (the initial conference or the
-- previous review). Plan: the child's plan in ssd_cp_plans whose period contains the review date (open plans
-- included: the extract's `date < end` dropped them). Continue CP: Y when ChildProtectionNextStep is 'Set
-- next review'. Quorate (hard-coded Y by the extract) and participation: no source (null).
with forms as (

    select * from {{ ref('int_eclipse__form_instances') }}
    where design_guid = '21e01e2e-fd65-439d-a8aa-a179106a3d45'
        and design_subname = 'child protection - review conference'

),

meetings as (

    select * from {{ ref('int_eclipse__form_instances') }}
    where design_guid = '21e01e2e-fd65-439d-a8aa-a179106a3d45'
        and design_subname in ('child protection - initial conference', 'child protection - review conference')
        and instance_state = 'COMPLETE'

),

previous_meetings as (

    select
        forms.instance_id,
        meetings.dateofnextplanmeetingreview_35 as review_due,
        row_number() over (
            partition by forms.instance_id
            order by meetings.r903_return_dateofmeetingconference desc, meetings.instance_id desc
        ) as meeting_row
    from forms
    inner join meetings
        on forms.person_id = meetings.person_id
            and forms.r903_return_dateofmeetingconference > meetings.r903_return_dateofmeetingconference

),

quality_assurance as (

    select
        person_id,
        dateofmeeting,
        min(instance_id) as review_id
    from {{ ref('int_eclipse__form_instances') }}
    where design_guid = '79f3495c-134f-4e69-b00f-7621925419f7'
        and design_subname = 'child protection conference'
        and instance_state = 'COMPLETE'
    group by person_id, dateofmeeting

),

plans as (

    {{ eclipse_cp_plan_at('forms', 'instance_id', 'r903_return_dateofmeetingconference') }}

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

final as (

    select
        quality_assurance.review_id as cppr_cp_review_id,
        forms.person_id as cppr_person_id,
        plans.cppl_cp_plan_id as cppr_cp_plan_id,
        previous_meetings.review_due as cppr_cp_review_due,
        forms.r903_return_dateofmeetingconference as cppr_cp_review_date,
        forms.instance_id as cppr_cp_review_meeting_id,
        {{ eclipse_answer_is('forms.childprotectionnextstep', 'set next review') }}
            as cppr_cp_review_outcome_continue_cp,
        cast(null as {{ ssd_type('string') }}) as cppr_cp_review_quorate,
        cast(null as {{ ssd_type('string') }}) as cppr_cp_review_participation,
        'FORMANSWERPERSONVIEW' as _source_table,
        forms.instance_id as _source_key,
        case
            when coalesce(forms.instance_state, '') <> 'COMPLETE' then 'form_not_complete'
            when people.pers_person_id is null then 'person_not_in_ssd_person'
            when quality_assurance.review_id is null then 'missing_key'
            when plans.cppl_cp_plan_id is null then 'review_not_in_cp_plan'
        end as _dq_reason
    from forms
    left join quality_assurance
        on forms.person_id = quality_assurance.person_id
            and forms.r903_return_dateofmeetingconference = quality_assurance.dateofmeeting
    left join previous_meetings
        on forms.instance_id = previous_meetings.instance_id and previous_meetings.meeting_row = 1
    left join plans
        on forms.instance_id = plans.instance_id
    left join people
        on forms.person_id = people.pers_person_id

)

select * from final
