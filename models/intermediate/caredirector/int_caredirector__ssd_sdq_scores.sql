-- ssd_sdq_scores from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_sdq_scores) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   csdq_table_id            string    CSDQ001A   SDQ ID [primary key; required (not null)]
--   csdq_person_id           string    CSDQ002A   Person Unique ID [required (not null); joins
--                            ssd_person.pers_person_id]
--   csdq_sdq_completed_date  timestamp CSDQ003A   SDQ Completed Date
--   csdq_sdq_reason          string    CSDQ004A   SDQ Reason [code in seed dfe__903_sdq_reason]
--   csdq_sdq_score           integer   CSDQ005A   SDQ Score
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as csdq_table_id,
        cast(null as {{ ssd_type('string') }}) as csdq_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as csdq_sdq_completed_date,
        cast(null as {{ ssd_type('string') }}) as csdq_sdq_reason,
        cast(null as {{ ssd_type('integer') }}) as csdq_sdq_score,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
