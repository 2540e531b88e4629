-- ssd_cp_reviews from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cp_reviews) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   cppr_cp_review_id                   string    CPPR001A   Review ID [primary key; required (not null)]
--   cppr_person_id                      string    CPPR008A   Person Unique ID [joins ssd_person.pers_person_id]
--   cppr_cp_plan_id                     string    CPPR002A   CP Plan ID [joins ssd_cp_plans.cppl_cp_plan_id]
--   cppr_cp_review_due                  timestamp CPPR003A   Review Due Date
--   cppr_cp_review_date                 timestamp CPPR004A   Date of Review
--   cppr_cp_review_meeting_id           string    CPPR009A   CP Review Meeting ID
--   cppr_cp_review_outcome_continue_cp  string    CPPR005A   CP Plan to Continue? [one of Y/N]
--   cppr_cp_review_quorate              string    CPPR006A   Quorate? [one of Y/N]
--   cppr_cp_review_participation        string    CPPR007A   Child Participation at Review
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
