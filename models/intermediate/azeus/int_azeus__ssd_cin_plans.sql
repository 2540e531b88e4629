-- ssd_cin_plans: no rows from Azeus (typed columns, zero rows); no known Azeus source: the ghost DDL names a
-- candidate table (SVC_USR_PLAN, PLAN_TYP values unknown) but no document maps its fields or values.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as cinp_cin_plan_id,
        cast(null as {{ ssd_type('string') }}) as cinp_referral_id,
        cast(null as {{ ssd_type('string') }}) as cinp_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as cinp_cin_plan_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as cinp_cin_plan_end_date,
        cast(null as {{ ssd_type('string') }}) as cinp_cin_plan_team,
        cast(null as {{ ssd_type('string') }}) as cinp_cin_plan_worker_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
