-- ssd_missing: no rows from Eclipse (typed columns, zero rows). not yet mapped from Eclipse in this release (see
-- NOT_YET_MAPPED in tests/python/test_oracle_eclipse.py).
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as miss_table_id,
        cast(null as {{ ssd_type('string') }}) as miss_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as miss_missing_episode_start_date,
        cast(null as {{ ssd_type('string') }}) as miss_missing_episode_type,
        cast(null as {{ ssd_type('timestamp') }}) as miss_missing_episode_end_date,
        cast(null as {{ ssd_type('string') }}) as miss_missing_rhi_offered,
        cast(null as {{ ssd_type('string') }}) as miss_missing_rhi_accepted,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
