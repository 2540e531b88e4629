-- ssd_sdq_scores: no rows from Azeus (typed columns, zero rows); no known Azeus source: no Azeus table or
-- field path in the known documents.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as csdq_table_id,
        cast(null as {{ ssd_type('string') }}) as csdq_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as csdq_sdq_completed_date,
        cast(null as {{ ssd_type('string') }}) as csdq_sdq_reason,
        cast(null as {{ ssd_type('integer') }}) as csdq_sdq_score,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
