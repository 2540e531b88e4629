-- ssd_cla_reviews: no rows from Azeus (typed columns, zero rows); no known Azeus source: the ghost DDL names a
-- candidate table (CASE_RVW) but no document maps its fields or values.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as clar_cla_review_id,
        cast(null as {{ ssd_type('string') }}) as clar_cla_id,
        cast(null as {{ ssd_type('string') }}) as clar_cla_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as clar_cla_review_due_date,
        cast(null as {{ ssd_type('timestamp') }}) as clar_cla_review_date,
        cast(null as {{ ssd_type('string') }}) as clar_cla_review_cancelled,
        cast(null as {{ ssd_type('string') }}) as clar_cla_review_participation,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
