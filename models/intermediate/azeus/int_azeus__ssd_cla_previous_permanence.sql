-- ssd_cla_previous_permanence: no rows from Azeus (typed columns, zero rows); no known Azeus source: the ghost
-- DDL names a candidate table (SVC_USR_LA_STATUS previous permanence columns) but no document maps its fields
-- or values.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as lapp_table_id,
        cast(null as {{ ssd_type('string') }}) as lapp_person_id,
        cast(null as {{ ssd_type('string') }}) as lapp_previous_permanence_order_date,
        cast(null as {{ ssd_type('string') }}) as lapp_previous_permanence_option,
        cast(null as {{ ssd_type('string') }}) as lapp_previous_permanence_la,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
