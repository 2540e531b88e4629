-- ssd_assessment_factors: no rows from Azeus (typed columns, zero rows); no known Azeus source: no Azeus table
-- or field path in the known documents (ASMT has no factor columns).
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as cinf_table_id,
        cast(null as {{ ssd_type('string') }}) as cinf_assessment_id,
        cast(null as {{ ssd_type('string') }}) as cinf_assessment_factors_json,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
