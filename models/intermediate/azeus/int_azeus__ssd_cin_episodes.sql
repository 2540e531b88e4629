-- ssd_cin_episodes: no rows from Azeus (typed columns, zero rows); no known Azeus source: the ghost DDL names
-- a candidate table (REFERRAL, CASE_EPISODE) but no document maps its fields or values.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as cine_referral_id,
        cast(null as {{ ssd_type('string') }}) as cine_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as cine_referral_date,
        cast(null as {{ ssd_type('string') }}) as cine_cin_primary_need_code,
        cast(null as {{ ssd_type('string') }}) as cine_referral_source_code,
        cast(null as {{ ssd_type('string') }}) as cine_referral_source_desc,
        cast(null as {{ ssd_type('string') }}) as cine_referral_outcome_json,
        cast(null as {{ ssd_type('string') }}) as cine_referral_nfa,
        cast(null as {{ ssd_type('string') }}) as cine_close_reason,
        cast(null as {{ ssd_type('timestamp') }}) as cine_close_date,
        cast(null as {{ ssd_type('string') }}) as cine_referral_team,
        cast(null as {{ ssd_type('string') }}) as cine_referral_worker_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
