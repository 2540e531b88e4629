-- ssd_cla_substance_misuse: no rows from Azeus (typed columns, zero rows); no known Azeus source: the ghost
-- DDL names a candidate table (SVC_USR_SUBSTANCE_MISUSE) but no document maps its fields or values.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as clas_substance_misuse_id,
        cast(null as {{ ssd_type('string') }}) as clas_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as clas_substance_misuse_date,
        cast(null as {{ ssd_type('string') }}) as clas_substance_misused,
        cast(null as {{ ssd_type('string') }}) as clas_intervention_received,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
