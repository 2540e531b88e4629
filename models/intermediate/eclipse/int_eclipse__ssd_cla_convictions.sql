-- ssd_cla_convictions: no rows from Eclipse (typed columns, zero rows). Eclipse extract: placeholder, no source
-- view (the source map lists it as an Eclipse placeholder).
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as clac_cla_conviction_id,
        cast(null as {{ ssd_type('string') }}) as clac_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as clac_cla_conviction_date,
        cast(null as {{ ssd_type('string') }}) as clac_cla_conviction_offence,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
