-- One row per CIN plan (CINdetails / CINPlanDates) of an episode in the census that was open at some point
-- in the year (start on/before 31 March, end blank or on/after 1 April). An end after 31 March is sent
-- blank: the plan was open at the ReferenceDate (rules 4010, 4013).
with

episodes as (
    {{ cin_census__episodes_in_scope() }}
),

plans as (
    select
        episodes.cine_person_id as child_id,
        episodes.cine_referral_id as referral_id,
        cast(plan.cinp_cin_plan_start_date as date) as start_date,
        {{ cin_census__as_at('plan.cinp_cin_plan_end_date') }} as end_date
    from {{ ref('ssd_cin_plans') }} as plan
    inner join episodes
        on plan.cinp_referral_id = episodes.cine_referral_id
    where {{ ssd_overlaps_period('plan.cinp_cin_plan_start_date', 'plan.cinp_cin_plan_end_date') }}
),

final as (
    select
        child_id as {{ cin_census__col('LAchildID') }},
        referral_id as {{ cin_census__col('CINdetailsID') }},
        start_date as {{ cin_census__col('CINPlanStartDate') }},
        end_date as {{ cin_census__col('CINPlanEndDate') }}
    from plans
)

select * from final
