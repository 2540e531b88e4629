-- ssd_cp_visits: no rows from Azeus (typed columns, zero rows); no known Azeus source: the ghost DDL names a
-- candidate table (CASE_ACT, activity codes unknown) but no document maps its fields or values.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as cppv_cp_visit_id,
        cast(null as {{ ssd_type('string') }}) as cppv_person_id,
        cast(null as {{ ssd_type('string') }}) as cppv_cp_plan_id,
        cast(null as {{ ssd_type('timestamp') }}) as cppv_cp_visit_date,
        cast(null as {{ ssd_type('string') }}) as cppv_cp_visit_seen,
        cast(null as {{ ssd_type('string') }}) as cppv_cp_visit_seen_alone,
        cast(null as {{ ssd_type('string') }}) as cppv_cp_visit_bedroom,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
