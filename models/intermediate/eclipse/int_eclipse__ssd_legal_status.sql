-- ssd_legal_status: no rows from Eclipse (typed columns, zero rows). not yet mapped from Eclipse in this release
-- (see NOT_YET_MAPPED in tests/python/test_oracle_eclipse.py).
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as lega_legal_status_id,
        cast(null as {{ ssd_type('string') }}) as lega_person_id,
        cast(null as {{ ssd_type('string') }}) as lega_legal_status,
        cast(null as {{ ssd_type('timestamp') }}) as lega_legal_status_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as lega_legal_status_end_date,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
