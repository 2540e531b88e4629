-- ssd_professionals: no rows from Azeus (typed columns, zero rows); no known Azeus source: the spec path gives
-- EMP_ID.ID_NO for staff id, name and registration number alike and no ID_TYPE values, and no table holds
-- names, job titles or teams.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as prof_professional_id,
        cast(null as {{ ssd_type('string') }}) as prof_staff_id,
        cast(null as {{ ssd_type('string') }}) as prof_professional_name,
        cast(null as {{ ssd_type('string') }}) as prof_social_worker_registration_no,
        cast(null as {{ ssd_type('string') }}) as prof_professional_job_title,
        cast(null as {{ ssd_type('integer') }}) as prof_professional_caseload,
        cast(null as {{ ssd_type('string') }}) as prof_professional_department,
        cast(null as {{ ssd_type('float') }}) as prof_full_time_equivalency,
        cast(null as {{ ssd_type('string') }}) as prof_agency_worker_flag,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
