-- The Eclipse form answers pivoted: one row per form instance (INSTANCEID) with its header (design GUID,
-- trimmed lower-case sub-name, state, subject person, submitter, dates) and one column per single-answer
-- control the SSD reads (MAX(CASE ...) as the Eclipse extract pivots). Dates come from DATEANSWERVALUE. Multi-
-- select controls (next steps, worker outcome, factors)
-- are read from the answers by the models that need them.
with answers as (

    select * from {{ ref('stg_eclipse__form_answers') }}
    where instance_id is not null

),

final as (

    select
        instance_id,
        max(design_guid) as design_guid,
        max(design_subname) as design_subname,
        max(instance_state) as instance_state,
        max(person_id) as person_id,
        max(submitter_person_id) as submitter_person_id,
        max(date_started) as date_started,
        max(date_completed) as date_completed,
        {%- for control in [
            'icContactDate', 'CINCensus_DateOfReferral', 'CINCensus_startDateOfForm', 'AnnexAReturn_dateOfVisit',
            'AnnexAReturn_dateOfStratMeeting', 'dateOfMeeting', '903Return_dateOfMeetingConference',
            'dateofnextplanmeetingreview_35', '903Return_dateOfLatestSDQRecord', '903Return_dateOfCheck2',
            '903Return_dateOfCheckImm', 'dateOfPathwayPlan', 'dateOfReview', 'dateOfNextReview',
        ] %}
            max(case when control_name = '{{ control }}' then date_answer_value end)
                as {{ control | lower | replace('903', 'r903_') }},
        {%- endfor %}
        {%- for control in [
            'CINCensus_ReferralSource', 'CINCensus_primaryNeedCategory', 'SeenAlone',
            'AnnexAReturn_wasTheChildSeen', 'AnnexAReturn_wasTheChildSeenAlone', 'AnnexAReturn_typeOfMeeting',
            'ChildProtectionNextStep', 'youngPersonsStrengthsAndDifficultiesQuestionnaireScore',
            '903Return_reasonForNotSubmittingSDQ', '903Return_HealthAssessmentTakenPlace', '903Return_ImmunisationsComplete',
        ] %}
            max(case when control_name = '{{ control }}' then answer_value end)
                as {{ control | lower | replace('903', 'r903_') }},
        {%- endfor %}
        max(case when control_name = 'icContactBy' then answer_value end) as iccontactby,
        -- The missing form's controls carry a page suffix (DATECHILDLASTSEEN_2 ...): read them by prefix.
        max(case when upper(control_name) like 'DATECHILDLASTSEEN%' then date_answer_value end) as missing_start_date,
        max(case when upper(control_name) like 'FOUNDREPORTDATE%' then date_answer_value end) as missing_end_date,
        max(case when upper(control_name) like 'ABSENCETYPE%' then answer_value end) as missing_absence_type,
        max(
            case when upper(control_name) like 'HASARETURNHOMEINTERVIEWBEENOFFERED%' then answer_value end
        ) as missing_rhi_offered,
        max(
            case when upper(control_name) like 'HASTHERETURNHOMEINTERVIEWBEENACCEPTED%' then answer_value end
        ) as missing_rhi_accepted,
        max(case when control_name = 'icContactBy' then short_answer_value end) as iccontactby_code,
        max(
            case when control_name = 'howWasTheChildAbleToContributeTheirViewsToTheReview' then short_answer_value end
        ) as review_participation_code
    from answers
    group by instance_id

)

select * from final
