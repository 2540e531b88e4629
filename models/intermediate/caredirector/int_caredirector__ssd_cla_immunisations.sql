-- ssd_cla_immunisations from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cla_immunisations) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   clai_person_id                  string    CLAI002A   Person Unique ID [primary key; required (not null); joins
--                                   ssd_person.pers_person_id]
--   clai_immunisations_status       string    CLAI004A   Immunisations up to Date [one of Y/N]
--   clai_immunisations_status_date  timestamp CLAI005A   Immunisations Last Updated Date
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as clai_person_id,
        cast(null as {{ ssd_type('string') }}) as clai_immunisations_status,
        cast(null as {{ ssd_type('timestamp') }}) as clai_immunisations_status_date,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
