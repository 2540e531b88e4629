-- ssd_involvements: no rows from Azeus (typed columns, zero rows); no known Azeus source: the spec path gives
-- KEYWORKER_HIST dates and reason only; its workers cannot join ssd_professionals, which has no source.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as invo_involvements_id,
        cast(null as {{ ssd_type('string') }}) as invo_professional_id,
        cast(null as {{ ssd_type('string') }}) as invo_professional_role_id,
        cast(null as {{ ssd_type('string') }}) as invo_professional_team,
        cast(null as {{ ssd_type('timestamp') }}) as invo_involvement_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as invo_involvement_end_date,
        cast(null as {{ ssd_type('string') }}) as invo_worker_change_reason,
        cast(null as {{ ssd_type('string') }}) as invo_person_id,
        cast(null as {{ ssd_type('string') }}) as invo_referral_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
