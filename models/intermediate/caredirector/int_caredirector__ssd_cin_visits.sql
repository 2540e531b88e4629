-- ssd_cin_visits from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cin_visits) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   cinv_cin_visit_id          string    CINV001A   CIN Visit ID [primary key; required (not null)]
--   cinv_person_id             string    CINV007A   Person Unique ID [joins ssd_person.pers_person_id]
--   cinv_cin_visit_date        timestamp CINV003A   CIN Visit Date
--   cinv_cin_visit_seen        string    CINV004A   Child Seen [one of Y/N]
--   cinv_cin_visit_seen_alone  string    CINV005A   Child Seen Alone [one of Y/N]
--   cinv_cin_visit_bedroom     string    CINV006A   Child Bedroom Seen [one of Y/N]
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as cinv_cin_visit_id,
        cast(null as {{ ssd_type('string') }}) as cinv_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as cinv_cin_visit_date,
        cast(null as {{ ssd_type('string') }}) as cinv_cin_visit_seen,
        cast(null as {{ ssd_type('string') }}) as cinv_cin_visit_seen_alone,
        cast(null as {{ ssd_type('string') }}) as cinv_cin_visit_bedroom,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
