-- ssd_cla_health from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cla_health) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   clah_health_check_id      string    CLAH001A   Health Check ID [primary key; required (not null)]
--   clah_person_id            string    CLAH002A   Person Unique ID [required (not null); joins
--                             ssd_person.pers_person_id]
--   clah_health_check_type    string    CLAH003A   Health surveillance checks/ Health Assessment/ Dental Check
--   clah_health_check_date    timestamp CLAH004A   Date of Last Health Assessment
--   clah_health_check_status  string    CLAH005A
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as clah_health_check_id,
        cast(null as {{ ssd_type('string') }}) as clah_person_id,
        cast(null as {{ ssd_type('string') }}) as clah_health_check_type,
        cast(null as {{ ssd_type('timestamp') }}) as clah_health_check_date,
        cast(null as {{ ssd_type('string') }}) as clah_health_check_status,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
