-- ssd_cin_assessments: no rows from Azeus (typed columns, zero rows); no known Azeus source: the ghost DDL
-- names a candidate table (ASMT) but no document maps its fields or values.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as cina_assessment_id,
        cast(null as {{ ssd_type('string') }}) as cina_person_id,
        cast(null as {{ ssd_type('string') }}) as cina_referral_id,
        cast(null as {{ ssd_type('timestamp') }}) as cina_assessment_start_date,
        cast(null as {{ ssd_type('string') }}) as cina_assessment_child_seen,
        cast(null as {{ ssd_type('timestamp') }}) as cina_assessment_auth_date,
        cast(null as {{ ssd_type('string') }}) as cina_assessment_outcome_json,
        cast(null as {{ ssd_type('string') }}) as cina_assessment_outcome_nfa,
        cast(null as {{ ssd_type('string') }}) as cina_assessment_team,
        cast(null as {{ ssd_type('string') }}) as cina_assessment_worker_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
