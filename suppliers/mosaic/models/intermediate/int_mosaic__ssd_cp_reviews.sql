-- ssd_cp_reviews: one row per review conference step (CP_CONFERENCE_CATEGORY = Review). Date = day of
-- CP_CONFERENCE_ACTUAL_DATE; plan = the child's latest non-temporary CP registration open that day;
-- continue CP = N when the review date is the plan's deregistration date, else Y; due date, meeting id,
-- quorate and participation from the review form answers.
with reviews as (

    select
        *,
        cast(cast(cp_conference_actual_date as date) as {{ ssd_type('timestamp') }}) as review_date
    from {{ ref('int_mosaic__steps') }}
    where lower(cp_conference_category) = 'review'

),

plans as (

    {{ mosaic_cp_registration_at('reviews', 'workflow_step_id', 'person_id', 'review_date') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        reviews.workflow_step_id as cppr_cp_review_id,
        reviews.person_id as cppr_person_id,
        plans.cp_plan_id as cppr_cp_plan_id,
        answers.cp_review_due as cppr_cp_review_due,
        reviews.review_date as cppr_cp_review_date,
        answers.meeting_id as cppr_cp_review_meeting_id,
        case when reg.deregistration_date = reviews.review_date then 'N' else 'Y' end
            as cppr_cp_review_outcome_continue_cp,
        answers.quorate as cppr_cp_review_quorate,
        answers.participation as cppr_cp_review_participation,
        'DM_WORKFLOW_STEPS' as _source_table,
        reviews.workflow_step_id as _source_key,
        case
            when reviews.workflow_step_id is null then 'missing_key'
            when reviews.key_row > 1 then 'duplicate_key'
            when reviews.step_status = 'CANCELLED' then 'cancelled_step'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when reviews.review_date is null then 'missing_start_date'
        end as _dq_reason
    from reviews
    left join plans
        on reviews.workflow_step_id = plans.event_key
    left join {{ ref('stg_mosaic__dm_registrations') }} as reg
        on plans.cp_plan_id = reg.registration_id
    left join {{ ref('int_mosaic__step_answers') }} as answers
        on reviews.workflow_step_id = answers.workflow_step_id
    left join scope
        on reviews.person_id = scope.person_id

)

select * from final
