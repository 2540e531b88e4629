-- ssd_cp_visits from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cp_visits) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   cppv_cp_visit_id          string    CPPV007A   Casenote ID (Visit record) [primary key; required (not null)]
--   cppv_person_id            string    CPPV008A   Person Unique ID [joins ssd_person.pers_person_id]
--   cppv_cp_plan_id           string    CPPV001A   CP Plan ID [required (not null)]
--   cppv_cp_visit_date        timestamp CPPV003A   Date of Visit
--   cppv_cp_visit_seen        string    CPPV004A   Child Seen [one of Y/N]
--   cppv_cp_visit_seen_alone  string    CPPV005A   Child Seen Alone [one of Y/N]
--   cppv_cp_visit_bedroom     string    CPPV006A   Child Bedroom Seen [one of Y/N]
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as cppv_cp_visit_id,
        cast(null as {{ ssd_type('string') }}) as cppv_person_id,
        cast(null as {{ ssd_type('string') }}) as cppv_cp_plan_id,
        cast(null as {{ ssd_type('timestamp') }}) as cppv_cp_visit_date,
        cast(null as {{ ssd_type('string') }}) as cppv_cp_visit_seen,
        cast(null as {{ ssd_type('string') }}) as cppv_cp_visit_seen_alone,
        cast(null as {{ ssd_type('string') }}) as cppv_cp_visit_bedroom,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
