-- ssd_cla_episodes: no rows from Eclipse (typed columns, zero rows). not yet mapped from Eclipse in this release (see NOT_YET_MAPPED in tests/python/test_oracle_eclipse.py).
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as clae_cla_episode_id,
        cast(null as {{ ssd_type('string') }}) as clae_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as clae_cla_episode_start_date,
        cast(null as {{ ssd_type('string') }}) as clae_cla_episode_start_reason,
        cast(null as {{ ssd_type('string') }}) as clae_cla_primary_need_code,
        cast(null as {{ ssd_type('timestamp') }}) as clae_cla_episode_ceased_date,
        cast(null as {{ ssd_type('string') }}) as clae_cla_episode_ceased_reason,
        cast(null as {{ ssd_type('string') }}) as clae_cla_id,
        cast(null as {{ ssd_type('string') }}) as clae_referral_id,
        cast(null as {{ ssd_type('string') }}) as clae_cla_placement_id,
        cast(null as {{ ssd_type('timestamp') }}) as clae_entered_care_date,
        cast(null as {{ ssd_type('timestamp') }}) as clae_cla_last_iro_contact_date,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
