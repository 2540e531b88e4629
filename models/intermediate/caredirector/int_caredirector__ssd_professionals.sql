-- ssd_professionals from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_professionals) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   prof_professional_id                string    PROF001A   Professionals table row ID [primary key; required (not
--                                       null)]
--   prof_staff_id                       string    PROF010A   Staff Identifier
--   prof_professional_name              string    PROF013A   Staff name
--   prof_social_worker_registration_no  string    PROF002A   Social worker ID - Social Work England (SWE)
--                                       registration number- if available
--   prof_professional_job_title         string    PROF007A   Worker job title e.g. Social Worker
--   prof_professional_caseload          integer   PROF008A   Number of cases held on previous 30th Sept
--   prof_professional_department        string    PROF012A   Worker Department e.g. 'Youth Support Team West'
--   prof_full_time_equivalency          float     PROF011A   Full Time Equivalency
--   prof_agency_worker_flag             string    PROF014A   Flag for whether the worker is agency [one of Y/N]
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
