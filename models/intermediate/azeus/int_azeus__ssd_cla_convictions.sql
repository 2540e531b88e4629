-- ssd_cla_convictions: no rows from Azeus (typed columns, zero rows); no known Azeus source: the ghost DDL
-- names a candidate table (SVC_USR_OFFN) but no document maps its fields or values.
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
