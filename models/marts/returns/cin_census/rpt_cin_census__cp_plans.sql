-- One row per child protection plan (CINdetails / ChildProtectionPlans) of an episode in the census that was
-- open at some point in the year, except plans flagged as another LA's (cppl_cp_plan_ola = 'Y'). An end after
-- 31 March is sent blank (rule 8930). NumberOfPreviousCPP counts the child's SSD plans (any LA) that started
-- before this one. LatestCategoryOfAbuse is the SSD's latest category (the SSD keeps no category history).
-- CPPID (the SSD plan id) is the nesting key of the reviews; it is not an XML element.
with

plans as (
    {{ cin_census__cp_plans_in_scope() }}
),

all_plans as (
    select
        cppl_person_id as person_id,
        cast(cppl_cp_plan_start_date as date) as start_date
    from {{ ref('ssd_cp_plans') }}
    where cppl_cp_plan_start_date is not null
),

previous as (
    select
        plans.plan_id,
        count(all_plans.start_date) as previous_plans
    from plans
    left join all_plans
        on
            plans.person_id = all_plans.person_id
            and plans.start_date > all_plans.start_date
    group by plans.plan_id
),

final as (
    select
        plans.child_id as {{ cin_census__col('LAchildID') }},
        plans.referral_id as {{ cin_census__col('CINdetailsID') }},
        plans.plan_id as {{ cin_census__col('CPPID') }},
        plans.start_date as {{ cin_census__col('CPPstartDate') }},
        {{ cin_census__as_at('plans.end_date') }} as {{ cin_census__col('CPPendDate') }},
        plans.initial_category as {{ cin_census__col('InitialCategoryOfAbuse') }},
        plans.latest_category as {{ cin_census__col('LatestCategoryOfAbuse') }},
        cast(previous.previous_plans as integer) as {{ cin_census__col('NumberOfPreviousCPP') }}
    from plans
    inner join previous
        on plans.plan_id = previous.plan_id
)

select * from final
