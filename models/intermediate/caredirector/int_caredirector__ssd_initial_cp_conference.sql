-- ssd_initial_cp_conference from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_initial_cp_conference) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   icpc_icpc_id               string    ICPC001A   Initial CP Conference ID [primary key; required (not null)]
--   icpc_icpc_meeting_id       string    ICPC009A   Initial CP Conference Meeting ID
--   icpc_s47_enquiry_id        string    ICPC002A   S47 Enquiry ID [joins ssd_s47_enquiry.s47e_s47_enquiry_id]
--   icpc_person_id             string    ICPC010A   Person Unique ID [required (not null); joins
--                              ssd_person.pers_person_id]
--   icpc_cp_plan_id            string    ICPC011A   CP Plan ID
--   icpc_referral_id           string    ICPC012A   Referral ID [joins ssd_cin_episodes.cine_referral_id]
--   icpc_icpc_transfer_in      string    ICPC003A   Is this a transferred in ICPC? [one of Y/N]
--   icpc_icpc_target_date      timestamp ICPC004A   Target ICPC date
--   icpc_icpc_date             timestamp ICPC005A   Date of Initial CP Conference
--   icpc_icpc_outcome_cp_flag  string    ICPC013A   ICPC Outcome CP Flag [one of Y/N]
--   icpc_icpc_outcome_json     string    ICPC006A   Outcome of Initial CP Conference
--   icpc_icpc_team             string    ICPC007A   ICPC Completed by Team [joins ssd_department.dept_team_id]
--   icpc_icpc_worker_id        string    ICPC008A   ICPC Completed by Worker [joins
--                              ssd_professionals.prof_professional_id]
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as icpc_icpc_id,
        cast(null as {{ ssd_type('string') }}) as icpc_icpc_meeting_id,
        cast(null as {{ ssd_type('string') }}) as icpc_s47_enquiry_id,
        cast(null as {{ ssd_type('string') }}) as icpc_person_id,
        cast(null as {{ ssd_type('string') }}) as icpc_cp_plan_id,
        cast(null as {{ ssd_type('string') }}) as icpc_referral_id,
        cast(null as {{ ssd_type('string') }}) as icpc_icpc_transfer_in,
        cast(null as {{ ssd_type('timestamp') }}) as icpc_icpc_target_date,
        cast(null as {{ ssd_type('timestamp') }}) as icpc_icpc_date,
        cast(null as {{ ssd_type('string') }}) as icpc_icpc_outcome_cp_flag,
        cast(null as {{ ssd_type('string') }}) as icpc_icpc_outcome_json,
        cast(null as {{ ssd_type('string') }}) as icpc_icpc_team,
        cast(null as {{ ssd_type('string') }}) as icpc_icpc_worker_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
