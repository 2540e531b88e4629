-- ssd_missing: no rows from Azeus (typed columns, zero rows); no known Azeus source: the ghost DDL names a
-- candidate table (MISSING_EP) but no document maps its fields or values.
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
