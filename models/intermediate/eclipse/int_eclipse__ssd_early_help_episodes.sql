-- ssd_early_help_episodes: no rows from Eclipse (typed columns, zero rows). not yet mapped from Eclipse in this
-- release (see NOT_YET_MAPPED in tests/python/test_oracle_eclipse.py).
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as earl_episode_id,
        cast(null as {{ ssd_type('string') }}) as earl_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as earl_episode_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as earl_episode_end_date,
        cast(null as {{ ssd_type('string') }}) as earl_episode_reason,
        cast(null as {{ ssd_type('string') }}) as earl_episode_end_reason,
        cast(null as {{ ssd_type('string') }}) as earl_episode_organisation,
        cast(null as {{ ssd_type('string') }}) as earl_episode_worker_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
