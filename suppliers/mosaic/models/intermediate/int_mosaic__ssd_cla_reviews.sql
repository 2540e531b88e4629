-- ssd_cla_reviews: one row per LAC review step (LAC_REVIEW_CATEGORY set). Review date = LAC_REVIEW_DATE
-- (null for a cancelled review); cancelled = Y when the step was cancelled, else N; participation =
-- LAC_REVIEW_PARTICIPATION_CODE (PN0-PN7); due date from the review form answer lac_review_due; period of
-- care = the child's period covering the review date (the cancellation date for a cancelled review).
with reviews as (

    select
        *,
        cast(cast(coalesce(lac_review_date, cancelled_on) as date) as {{ ssd_type('timestamp') }}) as event_date
    from {{ ref('int_mosaic__steps') }}
    where lac_review_category is not null

),

periods as (

    {{ mosaic_period_of_care_at('reviews', 'workflow_step_id', 'person_id', 'event_date') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        reviews.workflow_step_id as clar_cla_review_id,
        periods.cla_id as clar_cla_id,
        reviews.person_id as clar_cla_person_id,
        answers.lac_review_due as clar_cla_review_due_date,
        reviews.lac_review_date as clar_cla_review_date,
        case when reviews.step_status = 'CANCELLED' then 'Y' else 'N' end as clar_cla_review_cancelled,
        upper(reviews.lac_review_participation_code) as clar_cla_review_participation,
        'DM_WORKFLOW_STEPS' as _source_table,
        reviews.workflow_step_id as _source_key,
        case
            when reviews.workflow_step_id is null then 'missing_key'
            when reviews.key_row > 1 then 'duplicate_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when periods.cla_id is null then 'period_of_care_not_found'
        end as _dq_reason
    from reviews
    left join periods
        on reviews.workflow_step_id = periods.event_key
    left join {{ ref('int_mosaic__step_answers') }} as answers
        on reviews.workflow_step_id = answers.workflow_step_id
    left join scope
        on reviews.person_id = scope.person_id

)

select * from final
