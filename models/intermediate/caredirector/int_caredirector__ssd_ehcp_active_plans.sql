-- ssd_ehcp_active_plans from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- Usually left empty: SEN2 (SEND and EHC plan) data is held in the local authority's education system, not in the
-- children's social care case management system; a future education connector fills it.
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_ehcp_active_plans) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   ehcp_active_ehcp_id                string    EHCP001A   Plan ID [primary key; required (not null)]
--   ehcp_ehcp_request_id               string    EHCP002A   Request ID [joins ssd_ehcp_requests.ehcr_ehcp_request_id]
--   ehcp_active_ehcp_last_review_date  timestamp EHCP003A   Last Review
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as ehcp_active_ehcp_id,
        cast(null as {{ ssd_type('string') }}) as ehcp_ehcp_request_id,
        cast(null as {{ ssd_type('timestamp') }}) as ehcp_active_ehcp_last_review_date,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
