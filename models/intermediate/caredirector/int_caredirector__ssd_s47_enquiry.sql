-- ssd_s47_enquiry from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_s47_enquiry) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   s47e_s47_enquiry_id              string    S47E001A   S47 Enquiry ID [primary key; required (not null)]
--   s47e_referral_id                 string    S47E010A   Referral ID [joins ssd_cin_episodes.cine_referral_id]
--   s47e_person_id                   string    S47E002A   Person Unique ID [required (not null); joins
--                                    ssd_person.pers_person_id]
--   s47e_s47_start_date              timestamp S47E004A   S47 Start Date
--   s47e_s47_end_date                timestamp S47E005A   S47 End Date
--   s47e_s47_nfa                     string    S47E006A   S47 NFA [one of Y/N]
--   s47e_s47_outcome_json            string    S47E007A   S47 Outcome
--   s47e_s47_completed_by_worker_id  string    S47E008A   S47 Enquiries completed by worker [joins
--                                    ssd_professionals.prof_professional_id]
--   s47e_s47_completed_by_team       string    S47E009A   S47 Enquiries completed by team [joins
--                                    ssd_department.dept_team_id]
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as s47e_s47_enquiry_id,
        cast(null as {{ ssd_type('string') }}) as s47e_referral_id,
        cast(null as {{ ssd_type('string') }}) as s47e_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as s47e_s47_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as s47e_s47_end_date,
        cast(null as {{ ssd_type('string') }}) as s47e_s47_nfa,
        cast(null as {{ ssd_type('string') }}) as s47e_s47_outcome_json,
        cast(null as {{ ssd_type('string') }}) as s47e_s47_completed_by_worker_id,
        cast(null as {{ ssd_type('string') }}) as s47e_s47_completed_by_team,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
