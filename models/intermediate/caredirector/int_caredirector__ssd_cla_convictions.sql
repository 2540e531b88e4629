-- ssd_cla_convictions from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cla_convictions) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   clac_cla_conviction_id       string    CLAC001A   Conviction ID [primary key; required (not null)]
--   clac_person_id               string    CLAC002A   Person Unique ID [required (not null); joins
--                                ssd_person.pers_person_id]
--   clac_cla_conviction_date     timestamp CLAC003A   Date of Offence
--   clac_cla_conviction_offence  string    CLAC004A   Description
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as clac_cla_conviction_id,
        cast(null as {{ ssd_type('string') }}) as clac_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as clac_cla_conviction_date,
        cast(null as {{ ssd_type('string') }}) as clac_cla_conviction_offence,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
