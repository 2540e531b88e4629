-- ssd_cp_plans: one row per CLASSIFICATIONPERSONVIEW row on the Child Protection path (51 in the pilot LA).
-- As for CIN plans, periods of a person that overlap or follow within a day are one plan: the run's first
-- assignment (lowest id) is the plan, start = min start, end = max end (null while any part is open); the
-- others are quarantined as merged_into_earlier_period. Categories (path 81, text names recoded through seed
-- eclipse__cp_category): initial = the category in force on the plan start (latest start on or before it);
-- latest = the latest category started between the plan start and its end (or the as-at date). The extract's
-- "latest started by the plan start" would repeat the initial one. ICPC: the child's latest initial
-- conference record form (Child Protection - Initial Conference) dated on or before the plan start. Referral:
-- the latest referral in ssd_cin_episodes dated on or before the plan start. cppl_cp_plan_ola: no source.
with assignments as (

    select * from {{ ref('stg_eclipse__person_classifications') }}
    where path_id = 51

),

members as (

    {{ eclipse_merged_periods('assignments') }}

),

categories as (

    select
        assignments.person_id,
        assignments.start_date,
        assignments.assignment_key,
        codes.dfe_code
    from {{ ref('stg_eclipse__person_classifications') }} as assignments
    inner join {{ ref('eclipse__cp_category') }} as codes
        on lower(assignments.classification_name) = lower(trim(codes.classification_name))
    where assignments.path_id = 81 and coalesce(assignments.status, '') <> 'DELETED'

),

plan_categories as (

    select
        members.assignment_key,
        categories.dfe_code,
        row_number() over (
            partition by members.assignment_key order by categories.start_date desc, categories.assignment_key desc
        ) as initial_row,
        case
            when categories.start_date >= members.plan_start
                and categories.start_date <= coalesce(members.plan_end, {{ ssd_as_at_date() }})
                then row_number() over (
                        partition by
                            members.assignment_key,
                            categories.start_date >= members.plan_start
                            and categories.start_date <= coalesce(members.plan_end, {{ ssd_as_at_date() }})
                        order by categories.start_date desc, categories.assignment_key desc
                    )
        end as latest_row,
        categories.start_date <= members.plan_start as started_by_plan_start
    from members
    inner join assignments
        on members.assignment_key = assignments.assignment_key
    inner join categories
        on assignments.person_id = categories.person_id
            and categories.start_date <= coalesce(members.plan_end, {{ ssd_as_at_date() }})

),

initial_categories as (

    select
        assignment_key,
        dfe_code,
        row_number() over (partition by assignment_key order by initial_row) as pick
    from plan_categories
    where started_by_plan_start

),

conferences as (

    select
        members.assignment_key,
        forms.instance_id,
        row_number() over (
            partition by members.assignment_key
            order by forms.r903_return_dateofmeetingconference desc, forms.instance_id desc
        ) as conference_row
    from members
    inner join assignments
        on members.assignment_key = assignments.assignment_key
    inner join {{ ref('int_eclipse__form_instances') }} as forms
        on assignments.person_id = forms.person_id
            and forms.design_guid = '21e01e2e-fd65-439d-a8aa-a179106a3d45'
            and forms.design_subname = 'child protection - initial conference'
            and forms.instance_state = 'COMPLETE'
            and members.plan_start >= forms.r903_return_dateofmeetingconference

),

referrals as (

    {{ eclipse_latest_referral('members', 'assignment_key', 'plan_start') }}

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

final as (

    select
        assignments.assignment_id as cppl_cp_plan_id,
        referrals.cine_referral_id as cppl_referral_id,
        conferences.instance_id as cppl_icpc_id,
        assignments.person_id as cppl_person_id,
        members.plan_start as cppl_cp_plan_start_date,
        members.plan_end as cppl_cp_plan_end_date,
        initial_categories.dfe_code as cppl_cp_plan_initial_category,
        cast(null as {{ ssd_type('string') }}) as cppl_cp_plan_ola,
        latest_categories.dfe_code as cppl_cp_plan_latest_category,
        'CLASSIFICATIONPERSONVIEW' as _source_table,
        assignments.assignment_key as _source_key,
        case
            when assignments.assignment_id is null then 'missing_key'
            when coalesce(assignments.status, '') = 'DELETED' then 'deleted_classification'
            when assignments.start_date is null then 'missing_start_date'
            when members.plan_id <> assignments.assignment_id then 'merged_into_earlier_period'
            when people.pers_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from assignments
    left join members
        on assignments.assignment_key = members.assignment_key
    left join initial_categories
        on assignments.assignment_key = initial_categories.assignment_key and initial_categories.pick = 1
    left join plan_categories as latest_categories
        on assignments.assignment_key = latest_categories.assignment_key and latest_categories.latest_row = 1
    left join conferences
        on assignments.assignment_key = conferences.assignment_key and conferences.conference_row = 1
    left join referrals
        on assignments.assignment_key = referrals.assignment_key
    left join people
        on assignments.person_id = people.pers_person_id

)

select * from final
