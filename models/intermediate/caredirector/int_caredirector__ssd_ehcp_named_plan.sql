-- ssd_ehcp_named_plan from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- Usually left empty: SEN2 (SEND and EHC plan) data is held in the local authority's education system, not in the
-- children's social care case management system; a future education connector fills it.
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_ehcp_named_plan) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   ehcn_named_plan_id             string    EHCN001A   Named Plan ID [primary key; required (not null)]
--   ehcn_ehcp_asmt_id              string    EHCN002A   Assessment ID [joins
--                                  ssd_ehcp_assessment.ehca_ehcp_assessment_id]
--   ehcn_named_plan_start_date     timestamp EHCN003A   Start Date
--   ehcn_named_plan_ceased_date    timestamp EHCN004A   Cease Date
--   ehcn_named_plan_ceased_reason  string    EHCN005A   Cease Reason
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as ehcn_named_plan_id,
        cast(null as {{ ssd_type('string') }}) as ehcn_ehcp_asmt_id,
        cast(null as {{ ssd_type('timestamp') }}) as ehcn_named_plan_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as ehcn_named_plan_ceased_date,
        cast(null as {{ ssd_type('string') }}) as ehcn_named_plan_ceased_reason,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
