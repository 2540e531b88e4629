-- ssd_send: no rows from Azeus (typed columns, zero rows); no known Azeus source (none expected): SEN2 (SEND
-- and EHC plan) data is held in the local authority's education system, not in the children's social care case
-- management system; a future education connector fills it.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as send_table_id,
        cast(null as {{ ssd_type('string') }}) as send_upn,
        cast(null as {{ ssd_type('string') }}) as send_uln,
        cast(null as {{ ssd_type('string') }}) as send_upn_unknown,
        cast(null as {{ ssd_type('string') }}) as send_person_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
