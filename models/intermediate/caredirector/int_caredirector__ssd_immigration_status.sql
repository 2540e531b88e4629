-- ssd_immigration_status from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_immigration_status) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   immi_person_id                      string    IMMI001A   Person Unique ID [joins ssd_person.pers_person_id]
--   immi_immigration_status_id          string    IMMI005A   Immigration Status ID [primary key; required (not null)]
--   immi_immigration_status             string    IMMI002A   Immigration Status
--   immi_immigration_status_start_date  timestamp IMMI003A   Immigration Status Start
--   immi_immigration_status_end_date    timestamp IMMI004A   Immigration Status End
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as immi_person_id,
        cast(null as {{ ssd_type('string') }}) as immi_immigration_status_id,
        cast(null as {{ ssd_type('string') }}) as immi_immigration_status,
        cast(null as {{ ssd_type('timestamp') }}) as immi_immigration_status_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as immi_immigration_status_end_date,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
