-- ssd_professionals: one row per STAFF reference number (REFERENCENUMBERPERSONVIEW, REFERENCETYPECODE =
-- STAFF): workers are persons in Eclipse, and the staff number marks a person as a worker, including those
-- with no allocation yet. (The extract reads RELATIONSHIPPROFESSIONALVIEW, one row per allocation, which
-- duplicates the key and misses unallocated workers.) Id: the worker's PERSONID (the id allocations use);
-- staff id: the staff number; name: forename and surname from PERSONDEMOGRAPHICSVIEW; registration: the
-- worker's Social Work England number reference. Job title, caseload, department, FTE and agency flag: no
-- source in Eclipse (null). Other reference numbers (UPNs, SWE numbers) are not professionals' rows.
with staff_numbers as (

    select * from {{ ref('stg_eclipse__reference_numbers') }}
    where reference_type_code = 'STAFF'

),

registrations as (

    select
        person_id,
        max(reference_number) as registration_no
    from {{ ref('stg_eclipse__reference_numbers') }}
    where reference_type = 'Social Work England number' and person_id is not null
    group by person_id

),

names as (

    select
        person_id,
        max(trim(coalesce(forename, '') || ' ' || coalesce(surname, ''))) as full_name
    from {{ ref('stg_eclipse__person_demographics') }}
    where person_id is not null
    group by person_id

),

numbered as (

    select
        staff_numbers.*,
        registrations.registration_no,
        names.full_name,
        row_number() over (
            partition by staff_numbers.person_id
            order by staff_numbers.start_date desc, staff_numbers.reference_number_key asc
        ) as worker_row
    from staff_numbers
    left join registrations
        on staff_numbers.person_id = registrations.person_id
    left join names
        on staff_numbers.person_id = names.person_id

),

final as (

    select
        person_id as prof_professional_id,
        reference_number as prof_staff_id,
        nullif(full_name, '') as prof_professional_name,
        registration_no as prof_social_worker_registration_no,
        cast(null as {{ ssd_type('string') }}) as prof_professional_job_title,
        cast(null as {{ ssd_type('integer') }}) as prof_professional_caseload,
        cast(null as {{ ssd_type('string') }}) as prof_professional_department,
        cast(null as {{ ssd_type('float') }}) as prof_full_time_equivalency,
        cast(null as {{ ssd_type('string') }}) as prof_agency_worker_flag,
        'REFERENCENUMBERPERSONVIEW' as _source_table,
        reference_number_key as _source_key,
        case
            when person_id is null or reference_number is null then 'missing_key'
            when worker_row > 1 then 'duplicate_key'
        end as _dq_reason
    from numbered

)

select * from final
