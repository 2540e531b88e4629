-- ssd_cla_health: no rows from Azeus (typed columns, zero rows); no known Azeus source: the ghost DDL names a
-- candidate table (SVC_USR_LAC_MED) but no document maps its fields or values.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as clah_health_check_id,
        cast(null as {{ ssd_type('string') }}) as clah_person_id,
        cast(null as {{ ssd_type('string') }}) as clah_health_check_type,
        cast(null as {{ ssd_type('timestamp') }}) as clah_health_check_date,
        cast(null as {{ ssd_type('string') }}) as clah_health_check_status,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
