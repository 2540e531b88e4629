-- ssd_cin_assessments from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cin_assessments) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   cina_assessment_id            string    CINA001A   Assessment ID [primary key; required (not null)]
--   cina_person_id                string    CINA002A   Person Unique ID [required (not null); joins
--                                 ssd_person.pers_person_id]
--   cina_referral_id              string    CINA010A   Referral ID [joins ssd_cin_episodes.cine_referral_id]
--   cina_assessment_start_date    timestamp CINA003A   Assessment Start Date
--   cina_assessment_child_seen    string    CINA004A   Child Seen During Assessment [one of Y/N]
--   cina_assessment_auth_date     timestamp CINA005A   Assessment Authorised Date
--   cina_assessment_outcome_json  string    CINA006A   Assessment Outcome
--   cina_assessment_outcome_nfa   string    CINA009A   Assessment NFA [one of Y/N]
--   cina_assessment_team          string    CINA007A   Assessment Completed by Team [joins
--                                 ssd_department.dept_team_id]
--   cina_assessment_worker_id     string    CINA008A   Assessment Completed by Worker name [joins
--                                 ssd_professionals.prof_professional_id]
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as cina_assessment_id,
        cast(null as {{ ssd_type('string') }}) as cina_person_id,
        cast(null as {{ ssd_type('string') }}) as cina_referral_id,
        cast(null as {{ ssd_type('timestamp') }}) as cina_assessment_start_date,
        cast(null as {{ ssd_type('string') }}) as cina_assessment_child_seen,
        cast(null as {{ ssd_type('timestamp') }}) as cina_assessment_auth_date,
        cast(null as {{ ssd_type('string') }}) as cina_assessment_outcome_json,
        cast(null as {{ ssd_type('string') }}) as cina_assessment_outcome_nfa,
        cast(null as {{ ssd_type('string') }}) as cina_assessment_team,
        cast(null as {{ ssd_type('string') }}) as cina_assessment_worker_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
