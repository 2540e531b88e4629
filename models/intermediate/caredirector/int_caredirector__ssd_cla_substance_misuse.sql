-- ssd_cla_substance_misuse from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cla_substance_misuse) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   clas_substance_misuse_id    string    CLAS001A   Substance Misuse ID [primary key; required (not null)]
--   clas_person_id              string    CLAS002A   Person Unique ID [required (not null); joins
--                               ssd_person.pers_person_id]
--   clas_substance_misuse_date  timestamp CLAS003A   Date of substance misuse
--   clas_substance_misused      string    CLAS004A   Substance misused
--   clas_intervention_received  string    CLAS005A   Child received intervention for substance misuse problem [one of
--                               Y/N]
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as clas_substance_misuse_id,
        cast(null as {{ ssd_type('string') }}) as clas_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as clas_substance_misuse_date,
        cast(null as {{ ssd_type('string') }}) as clas_substance_misused,
        cast(null as {{ ssd_type('string') }}) as clas_intervention_received,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
