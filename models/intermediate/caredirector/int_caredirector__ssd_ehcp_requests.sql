-- ssd_ehcp_requests from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- Usually left empty: SEN2 (SEND and EHC plan) data is held in the local authority's education system, not in the
-- children's social care case management system; a future education connector fills it.
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_ehcp_requests) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   ehcr_ehcp_request_id        string    EHCR001A   Request ID [primary key; required (not null)]
--   ehcr_send_table_id          string    EHCR002A   send_table_id [joins ssd_send.send_table_id]
--   ehcr_ehcp_req_date          timestamp EHCR003A   Received Date
--   ehcr_ehcp_req_outcome_date  timestamp EHCR004A   Request Outcome Date
--   ehcr_ehcp_req_outcome       string    EHCR005A   Request Outcome
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as ehcr_ehcp_request_id,
        cast(null as {{ ssd_type('string') }}) as ehcr_send_table_id,
        cast(null as {{ ssd_type('timestamp') }}) as ehcr_ehcp_req_date,
        cast(null as {{ ssd_type('timestamp') }}) as ehcr_ehcp_req_outcome_date,
        cast(null as {{ ssd_type('string') }}) as ehcr_ehcp_req_outcome,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
