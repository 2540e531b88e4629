-- ssd_cp_reviews: no rows from Azeus (typed columns, zero rows); no known Azeus source: the ghost DDL names a
-- candidate table (CASE_RVW, review reasons unknown) but no document maps its fields or values.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as cppr_cp_review_id,
        cast(null as {{ ssd_type('string') }}) as cppr_person_id,
        cast(null as {{ ssd_type('string') }}) as cppr_cp_plan_id,
        cast(null as {{ ssd_type('timestamp') }}) as cppr_cp_review_due,
        cast(null as {{ ssd_type('timestamp') }}) as cppr_cp_review_date,
        cast(null as {{ ssd_type('string') }}) as cppr_cp_review_meeting_id,
        cast(null as {{ ssd_type('string') }}) as cppr_cp_review_outcome_continue_cp,
        cast(null as {{ ssd_type('string') }}) as cppr_cp_review_quorate,
        cast(null as {{ ssd_type('string') }}) as cppr_cp_review_participation,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
