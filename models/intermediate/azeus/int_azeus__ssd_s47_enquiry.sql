-- ssd_s47_enquiry: no rows from Azeus (typed columns, zero rows); no known Azeus source: no Azeus table or
-- field path in the known documents.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as s47e_s47_enquiry_id,
        cast(null as {{ ssd_type('string') }}) as s47e_referral_id,
        cast(null as {{ ssd_type('string') }}) as s47e_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as s47e_s47_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as s47e_s47_end_date,
        cast(null as {{ ssd_type('string') }}) as s47e_s47_nfa,
        cast(null as {{ ssd_type('string') }}) as s47e_s47_outcome_json,
        cast(null as {{ ssd_type('string') }}) as s47e_s47_completed_by_worker_id,
        cast(null as {{ ssd_type('string') }}) as s47e_s47_completed_by_team,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
