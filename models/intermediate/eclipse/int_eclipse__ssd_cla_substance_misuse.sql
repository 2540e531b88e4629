-- ssd_cla_substance_misuse: no rows from Eclipse (typed columns, zero rows). Eclipse extract: placeholder, no
-- source view (the source map lists it as an Eclipse placeholder).
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
