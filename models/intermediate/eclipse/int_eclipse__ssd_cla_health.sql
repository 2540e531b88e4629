-- ssd_cla_health: no rows from Eclipse (typed columns, zero rows). not yet mapped from Eclipse in this release (see
-- NOT_YET_MAPPED in tests/python/test_oracle_eclipse.py).
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as clah_health_check_id,
        cast(null as {{ ssd_type('string') }}) as clah_person_id,
        cast(null as {{ ssd_type('string') }}) as clah_health_check_type,
        cast(null as {{ ssd_type('timestamp') }}) as clah_health_check_date,
        cast(null as {{ ssd_type('string') }}) as clah_health_check_status,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
