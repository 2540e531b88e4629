-- ssd_initial_cp_conference: no rows from Azeus (typed columns, zero rows); no known Azeus source: no Azeus
-- table or field path in the known documents.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as icpc_icpc_id,
        cast(null as {{ ssd_type('string') }}) as icpc_icpc_meeting_id,
        cast(null as {{ ssd_type('string') }}) as icpc_s47_enquiry_id,
        cast(null as {{ ssd_type('string') }}) as icpc_person_id,
        cast(null as {{ ssd_type('string') }}) as icpc_cp_plan_id,
        cast(null as {{ ssd_type('string') }}) as icpc_referral_id,
        cast(null as {{ ssd_type('string') }}) as icpc_icpc_transfer_in,
        cast(null as {{ ssd_type('timestamp') }}) as icpc_icpc_target_date,
        cast(null as {{ ssd_type('timestamp') }}) as icpc_icpc_date,
        cast(null as {{ ssd_type('string') }}) as icpc_icpc_outcome_cp_flag,
        cast(null as {{ ssd_type('string') }}) as icpc_icpc_outcome_json,
        cast(null as {{ ssd_type('string') }}) as icpc_icpc_team,
        cast(null as {{ ssd_type('string') }}) as icpc_icpc_worker_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
