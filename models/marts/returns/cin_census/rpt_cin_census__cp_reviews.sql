-- One row per review conference (ChildProtectionPlans / Reviews / CPPreviewDate) held in the census year for a
-- child protection plan in the census. Reviews before 1 April belong to earlier returns; reviews after
-- 31 March had not happened at the ReferenceDate. The same date twice on one plan is sent once.
with

plans as (
    {{ cin_census__cp_plans_in_scope() }}
),

reviews as (
    select distinct
        plans.child_id,
        plans.referral_id,
        plans.plan_id,
        cast(review.cppr_cp_review_date as date) as review_date
    from {{ ref('ssd_cp_reviews') }} as review
    inner join plans
        on review.cppr_cp_plan_id = plans.plan_id
    where {{ cin_census__in_year('review.cppr_cp_review_date') }}
),

final as (
    select
        child_id as {{ cin_census__col('LAchildID') }},
        referral_id as {{ cin_census__col('CINdetailsID') }},
        plan_id as {{ cin_census__col('CPPID') }},
        review_date as {{ cin_census__col('CPPreviewDate') }}
    from reviews
)

select * from final
