-- ssd_s251_finance from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- Usually left empty: The SSD spec has it as a future-release placeholder (section 251 finance, draft, placeholder
-- columns only) that no supplier extract populates yet.
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_s251_finance) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   s251_table_id          string    S251001A   s251 table row ID [primary key; required (not null)]
--   s251_cla_placement_id  string    S251002A   CLA Placement ID [joins ssd_cla_placement.clap_cla_placement_id]
--   s251_placeholder_1     string    S251003A   Placeholder field
--   s251_placeholder_2     string    S251004A   Placeholder field
--   s251_placeholder_3     string    S251005A   Placeholder field
--   s251_placeholder_4     string    S251006A   Placeholder field
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as s251_table_id,
        cast(null as {{ ssd_type('string') }}) as s251_cla_placement_id,
        cast(null as {{ ssd_type('string') }}) as s251_placeholder_1,
        cast(null as {{ ssd_type('string') }}) as s251_placeholder_2,
        cast(null as {{ ssd_type('string') }}) as s251_placeholder_3,
        cast(null as {{ ssd_type('string') }}) as s251_placeholder_4,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
