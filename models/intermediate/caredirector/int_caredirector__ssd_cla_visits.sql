-- ssd_cla_visits from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cla_visits) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   clav_cla_visit_id          string    CLAV001A   Visit ID [primary key; required (not null)]
--   clav_cla_id                string    CLAV007A
--   clav_person_id             string    CLAV008A   Person ID [joins ssd_person.pers_person_id]
--   clav_cla_visit_date        timestamp CLAV003A   Date of Visit
--   clav_cla_visit_seen        string    CLAV004A   Child Seen [one of Y/N]
--   clav_cla_visit_seen_alone  string    CLAV005A   Child Seen Alone [one of Y/N]
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as clav_cla_visit_id,
        cast(null as {{ ssd_type('string') }}) as clav_cla_id,
        cast(null as {{ ssd_type('string') }}) as clav_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as clav_cla_visit_date,
        cast(null as {{ ssd_type('string') }}) as clav_cla_visit_seen,
        cast(null as {{ ssd_type('string') }}) as clav_cla_visit_seen_alone,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
