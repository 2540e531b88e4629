{%- set as_at = modules.datetime.datetime.strptime(var('as_at_date'), '%Y-%m-%d') -%}
{%- set anchor_year = as_at.year if (as_at.month, as_at.day) >= (9, 30) else as_at.year - 1 -%}
{%- set caseload_date = anchor_year ~ '-09-30' -%}
-- ssd_professionals: one row per DM_WORKERS row (every worker, not only those with an open allocation).
-- prof_professional_id = WORKER_ID (the id every *_worker_id holds; the extract left it null), name =
-- FULL_NAME, department = the name of the organisation of the worker's current primary role (DM_WORKER_ROLES),
-- caseload = the worker's DM_ALLOCATED_WORKERS allocations open on the latest 30 September on or before the
-- as-at date (0 when none). The data mart has no staff number, registration number, job title, FTE or
-- agency flag: null (renderer CANNOT_CARRY).
with workers as (

    select
        *,
        row_number() over (partition by worker_id order by full_name) as key_row
    from {{ ref('stg_mosaic__dm_workers') }}

),

roles as (

    select
        worker_roles.worker_id,
        max(orgs.organisation_name) as team_name
    from {{ ref('stg_mosaic__dm_worker_roles') }} as worker_roles
    inner join {{ ref('stg_mosaic__dm_organisations') }} as orgs
        on worker_roles.organisation_id = orgs.organisation_id
    where
        {{ ssd_yn('worker_roles.primary_role') }} = 'Y'
        and (worker_roles.end_date is null or worker_roles.end_date > {{ ssd_as_at_date() }})
    group by worker_roles.worker_id

),

caseload as (

    select
        alloc.worker_id,
        count(*) as n_cases
    from {{ ref('stg_mosaic__dm_allocated_workers') }} as alloc
    where
        alloc.start_date <= cast('{{ caseload_date }}' as {{ ssd_type('timestamp') }})
        and (alloc.end_date is null or alloc.end_date > cast('{{ caseload_date }}' as {{ ssd_type('timestamp') }}))
    group by alloc.worker_id

),

final as (

    select
        workers.worker_id as prof_professional_id,
        cast(null as {{ ssd_type('string') }}) as prof_staff_id,
        workers.full_name as prof_professional_name,
        cast(null as {{ ssd_type('string') }}) as prof_social_worker_registration_no,
        cast(null as {{ ssd_type('string') }}) as prof_professional_job_title,
        coalesce(caseload.n_cases, 0) as prof_professional_caseload,
        roles.team_name as prof_professional_department,
        cast(null as {{ ssd_type('float') }}) as prof_full_time_equivalency,
        cast(null as {{ ssd_type('string') }}) as prof_agency_worker_flag,
        'DM_WORKERS' as _source_table,
        workers.worker_id as _source_key,
        case
            when workers.worker_id is null then 'missing_key'
            when workers.key_row > 1 then 'duplicate_key'
        end as _dq_reason
    from workers
    left join roles
        on workers.worker_id = roles.worker_id
    left join caseload
        on workers.worker_id = caseload.worker_id

)

select * from final
