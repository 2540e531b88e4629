-- ssd_legal_status from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_legal_status) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   lega_legal_status_id          string    LEGA001A   Legal Status ID [primary key; required (not null)]
--   lega_person_id                string    LEGA002A   Person Unique ID [required (not null); joins
--                                 ssd_person.pers_person_id]
--   lega_legal_status             string    LEGA003A   Legal Status [code in seed dfe__903_legal_status]
--   lega_legal_status_start_date  timestamp LEGA004A   Legal Status Start Date
--   lega_legal_status_end_date    timestamp LEGA005A   Legal Status End Date
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as lega_legal_status_id,
        cast(null as {{ ssd_type('string') }}) as lega_person_id,
        cast(null as {{ ssd_type('string') }}) as lega_legal_status,
        cast(null as {{ ssd_type('timestamp') }}) as lega_legal_status_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as lega_legal_status_end_date,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
