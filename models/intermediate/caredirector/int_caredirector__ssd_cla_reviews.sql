-- ssd_cla_reviews from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cla_reviews) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   clar_cla_review_id             string    CLAR001A   Review ID [primary key; required (not null)]
--   clar_cla_id                    string    CLAR011A   CLA ID [joins ssd_cla_episodes.clae_cla_id]
--   clar_cla_person_id             string               Person Unique ID [joins ssd_person.pers_person_id]
--   clar_cla_review_due_date       timestamp CLAR003A   CLA Review Due Date
--   clar_cla_review_date           timestamp CLAR004A   CLA Review Date
--   clar_cla_review_cancelled      string    CLAR012A    [one of Y/N]
--   clar_cla_review_participation  string    CLAR007A   Participation code [code in seed
--                                  dfe__903_review_participation]
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
