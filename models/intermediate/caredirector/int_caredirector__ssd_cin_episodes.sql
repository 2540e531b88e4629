-- ssd_cin_episodes from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cin_episodes) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   cine_referral_id            string    CINE001A   CIN Referral ID [primary key; required (not null)]
--   cine_person_id              string    CINE002A   Person Unique ID [required (not null); joins
--                               ssd_person.pers_person_id]
--   cine_referral_date          timestamp CINE003A   CIN Referral Date
--   cine_cin_primary_need_code  string    CINE010A   CIN Primary Need Code [code in seed dfe__cin_primary_need]
--   cine_referral_source_code   string    CINE004A   CIN Referral Source code [code in seed dfe__cin_referral_source]
--   cine_referral_source_desc   string    CINE012A   CIN Referral Source description
--   cine_referral_outcome_json  string    CINE005A   CIN Referral Outcome
--   cine_referral_nfa           string    CINE011A   CIN Referral NFA Flag [one of Y/N]
--   cine_close_reason           string    CINE006A   CIN Closure Reason [code in seed dfe__cin_reason_for_closure]
--   cine_close_date             timestamp CINE007A   CIN Closure Date
--   cine_referral_team          string    CINE008A   CIN Referral Completed by Team [joins
--                               ssd_department.dept_team_id]
--   cine_referral_worker_id     string    CINE009A   CIN Referral Completed by Worker Name [joins
--                               ssd_professionals.prof_professional_id]
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as cine_referral_id,
        cast(null as {{ ssd_type('string') }}) as cine_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as cine_referral_date,
        cast(null as {{ ssd_type('string') }}) as cine_cin_primary_need_code,
        cast(null as {{ ssd_type('string') }}) as cine_referral_source_code,
        cast(null as {{ ssd_type('string') }}) as cine_referral_source_desc,
        cast(null as {{ ssd_type('string') }}) as cine_referral_outcome_json,
        cast(null as {{ ssd_type('string') }}) as cine_referral_nfa,
        cast(null as {{ ssd_type('string') }}) as cine_close_reason,
        cast(null as {{ ssd_type('timestamp') }}) as cine_close_date,
        cast(null as {{ ssd_type('string') }}) as cine_referral_team,
        cast(null as {{ ssd_type('string') }}) as cine_referral_worker_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
