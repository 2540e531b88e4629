-- ssd_family: no rows from Azeus (typed columns, zero rows); no known Azeus source: no Azeus table or field
-- path in the known documents (no family or household id).
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as fami_table_id,
        cast(null as {{ ssd_type('string') }}) as fami_family_id,
        cast(null as {{ ssd_type('string') }}) as fami_person_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
