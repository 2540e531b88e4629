-- ssd_sdq_scores: no rows from Eclipse (typed columns, zero rows). not yet mapped from Eclipse in this release (see
-- NOT_YET_MAPPED in tests/python/test_oracle_eclipse.py).
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as csdq_table_id,
        cast(null as {{ ssd_type('string') }}) as csdq_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as csdq_sdq_completed_date,
        cast(null as {{ ssd_type('string') }}) as csdq_sdq_reason,
        cast(null as {{ ssd_type('integer') }}) as csdq_sdq_score,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
