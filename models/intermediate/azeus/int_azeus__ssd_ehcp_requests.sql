-- ssd_ehcp_requests: no rows from Azeus (typed columns, zero rows); no known Azeus source (none expected):
-- SEN2 (SEND and EHC plan) data is held in the local authority's education system, not in the children's
-- social care case management system; a future education connector fills it.
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
