-- ssd_sen_need from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- Usually left empty: SEN2 (SEND and EHC plan) data is held in the local authority's education system, not in the
-- children's social care case management system; a future education connector fills it.
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_sen_need) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   senn_table_id               string    SENN001A   SEN Need Table ID [primary key; required (not null)]
--   senn_active_ehcp_id         string    SENN002A   Plan ID [joins ssd_ehcp_active_plans.ehcp_active_ehcp_id]
--   senn_active_ehcp_need_type  string    SENN003A   SEN Type
--   senn_active_ehcp_need_rank  string    SENN004A   SEN Type Rank
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as senn_table_id,
        cast(null as {{ ssd_type('string') }}) as senn_active_ehcp_id,
        cast(null as {{ ssd_type('string') }}) as senn_active_ehcp_need_type,
        cast(null as {{ ssd_type('string') }}) as senn_active_ehcp_need_rank,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
