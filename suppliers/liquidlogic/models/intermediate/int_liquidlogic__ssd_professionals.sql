{%- set as_at = modules.datetime.datetime.strptime(var('as_at_date'), '%Y-%m-%d') -%}
{%- set anchor_year = as_at.year if (as_at.month, as_at.day) >= (9, 30) else as_at.year - 1 -%}
{%- set caseload_date = anchor_year ~ '-09-30' -%}
-- ssd_professionals: one row per DIM_WORKER row (no cohort filter: every worker); SSD-bound rows are real
-- workers (not the -1 member) with a staff id (not blank, not "unknown"). Name is FORENAME SURNAME. The
-- caseload is the number of ssd_involvements rows of the worker flagged IS_ALLOCATED_CW_FLAG = Y that are
-- open on the latest 30 September on or before var as_at_date ({{ caseload_date }} here): started on or
-- before it and not ended on or before it (an involvement ending that day is closed); 0 when none. The agency
-- flag is null: the HDM DIM_WORKER has no agency column (the SystemC extract leaves it null too).
with workers as (

    select * from {{ ref('stg_liquidlogic__workers') }}

),

involvements as (

    select
        involvement_id,
        is_allocated_cw_flag,
        row_number() over (partition by involvement_key order by start_date) as key_row
    from {{ ref('stg_liquidlogic__involvements') }}

),

ssd_involvements as (

    select * from {{ ref('int_liquidlogic__ssd_involvements') }}
    where _dq_reason is null

),

caseloads as (

    select
        ssd_involvements.invo_professional_id as worker_id,
        count(*) as caseload
    from ssd_involvements
    inner join involvements
        on ssd_involvements.invo_involvements_id = involvements.involvement_id
            and involvements.key_row = 1
    where involvements.is_allocated_cw_flag = 'Y'
        and ssd_involvements.invo_professional_id is not null
        and ssd_involvements.invo_involvement_start_date <= cast('{{ caseload_date }}' as {{ ssd_type('timestamp') }})
        and (
            ssd_involvements.invo_involvement_end_date is null
            or ssd_involvements.invo_involvement_end_date > cast('{{ caseload_date }}' as {{ ssd_type('timestamp') }})
        )
    group by ssd_involvements.invo_professional_id

),

numbered as (

    select
        workers.*,
        {{ ssd_key_row('workers', 'worker_key') }} as key_row,
        {{ ssd_key_conflict('workers', 'worker_key') }} as key_conflict
    from workers

),

joined as (

    select
        numbered.*,
        coalesce(caseloads.caseload, 0) as caseload
    from numbered
    left join caseloads
        on numbered.worker_id = caseloads.worker_id

),

final as (

    select
        worker_id as prof_professional_id,
        staff_id as prof_staff_id,
        nullif(trim(coalesce(forename, '') || ' ' || coalesce(surname, '')), '') as prof_professional_name,
        registration_no as prof_social_worker_registration_no,
        job_title as prof_professional_job_title,
        cast(caseload as integer) as prof_professional_caseload,
        department_name as prof_professional_department,
        full_time_equivalency as prof_full_time_equivalency,
        cast(null as {{ ssd_type('string') }}) as prof_agency_worker_flag,
        'DIM_WORKER' as _source_table,
        worker_key as _source_key,
        case
            when worker_id is null then 'none_member'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when staff_id is null or lower(staff_id) = 'unknown' then 'missing_staff_id'
        end as _dq_reason
    from joined

)

select * from final
