-- ssd_cla_immunisations: no rows from Eclipse (typed columns, zero rows). not yet mapped from Eclipse in this
-- release (see NOT_YET_MAPPED in tests/python/test_oracle_eclipse.py).
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as clai_person_id,
        cast(null as {{ ssd_type('string') }}) as clai_immunisations_status,
        cast(null as {{ ssd_type('timestamp') }}) as clai_immunisations_status_date,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
