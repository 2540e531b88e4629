-- ssd_early_help_episodes: no rows from Azeus (typed columns, zero rows); no known Azeus source: no Azeus
-- table or field path in the known documents.
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
