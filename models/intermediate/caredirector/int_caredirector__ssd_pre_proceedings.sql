-- ssd_pre_proceedings from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- Usually left empty: The SSD spec has it as a future-release placeholder (DDSF 1b, specified) that no supplier
-- extract populates yet.
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_pre_proceedings) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   prep_table_id                          string    PREP024A   Pre-proceedings table row ID [primary key; required
--                                          (not null)]
--   prep_person_id                         string    PREP001A   Person Unique ID [required (not null); joins
--                                          ssd_person.pers_person_id]
--   prep_plo_family_id                     string    PREP002A   PLO Family ID [primary key; required (not null)]
--   prep_pre_pro_decision_date             timestamp PREP003A   Date decision made to enter Pre Proceedings
--   prep_initial_pre_pro_meeting_date      timestamp PREP004A   Date of Initial Pre Proceedings Meeting
--   prep_pre_pro_outcome                   string    PREP005A   What is the Outcome of Pre-Proceedings
--   prep_agree_stepdown_issue_date         timestamp PREP006A   Date Agreed to Step down/issue
--   prep_cp_plans_referral_period          integer   PREP007A   How many times has the child been subject to a Child
--                                          Protection Plan during this referral period?
--   prep_legal_gateway_outcome             string    PREP008A   What was the outcome of legal gateway / panel /
--                                          meeting after panel?
--   prep_prev_pre_proc_child               integer   PREP009A   How many previous periods of pre-proceedings have
--                                          there been in the child’s lifetime?
--   prep_prev_care_proc_child              integer   PREP010A   How many previous periods of care proceedings have
--                                          there been in the child’s lifetime?
--   prep_pre_pro_letter_date               timestamp PREP011A   What is the date that the pre-proceedings letter and
--                                          plan was sent to parents?
--   prep_care_pro_letter_date              timestamp PREP012A   What is the date that the letter to issue care
--                                          proceedings was sent to parents?
--   prep_pre_pro_meetings_num              integer   PREP013A   How many review pre-proceeding meetings have been
--                                          held with parents following the initial meeting?
--   prep_pre_pro_parents_legal_rep         string    PREP014A   Did parents have legal representation during
--                                          pre-proceedings?
--   prep_parents_legal_rep_point_of_issue  string    PREP015A   Did parents have legal representation at the point of
--                                          issue?
--   prep_court_reference                   string    PREP016A   If in Care Proceedings, what is the Court reference
--                                          number?
--   prep_care_proc_court_hearings          integer   PREP017A   How many Court hearings have taken place whilst in
--                                          care proceedings?
--   prep_care_proc_short_notice            string    PREP018A   Were Care Proceedings issued on a short notice
--                                          application?
--   prep_proc_short_notice_reason          string    PREP019A   What was the reason for any short notice
--                                          applications?
--   prep_la_inital_plan_approved           string    PREP020A   Was the LA’s initial plan approved at the initial
--                                          hearing?
--   prep_la_initial_care_plan              string    PREP021A   What was the LA’s initial care plan for the child at
--                                          the initial hearing?
--   prep_la_final_plan_approved            string    PREP022A   Was the LA’s final plan approved at the final
--                                          hearing?
--   prep_la_final_care_plan                string    PREP023A   What was the LA’s final care plan for the child at
--                                          the final hearing?
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as prep_table_id,
        cast(null as {{ ssd_type('string') }}) as prep_person_id,
        cast(null as {{ ssd_type('string') }}) as prep_plo_family_id,
        cast(null as {{ ssd_type('timestamp') }}) as prep_pre_pro_decision_date,
        cast(null as {{ ssd_type('timestamp') }}) as prep_initial_pre_pro_meeting_date,
        cast(null as {{ ssd_type('string') }}) as prep_pre_pro_outcome,
        cast(null as {{ ssd_type('timestamp') }}) as prep_agree_stepdown_issue_date,
        cast(null as {{ ssd_type('integer') }}) as prep_cp_plans_referral_period,
        cast(null as {{ ssd_type('string') }}) as prep_legal_gateway_outcome,
        cast(null as {{ ssd_type('integer') }}) as prep_prev_pre_proc_child,
        cast(null as {{ ssd_type('integer') }}) as prep_prev_care_proc_child,
        cast(null as {{ ssd_type('timestamp') }}) as prep_pre_pro_letter_date,
        cast(null as {{ ssd_type('timestamp') }}) as prep_care_pro_letter_date,
        cast(null as {{ ssd_type('integer') }}) as prep_pre_pro_meetings_num,
        cast(null as {{ ssd_type('string') }}) as prep_pre_pro_parents_legal_rep,
        cast(null as {{ ssd_type('string') }}) as prep_parents_legal_rep_point_of_issue,
        cast(null as {{ ssd_type('string') }}) as prep_court_reference,
        cast(null as {{ ssd_type('integer') }}) as prep_care_proc_court_hearings,
        cast(null as {{ ssd_type('string') }}) as prep_care_proc_short_notice,
        cast(null as {{ ssd_type('string') }}) as prep_proc_short_notice_reason,
        cast(null as {{ ssd_type('string') }}) as prep_la_inital_plan_approved,
        cast(null as {{ ssd_type('string') }}) as prep_la_initial_care_plan,
        cast(null as {{ ssd_type('string') }}) as prep_la_final_plan_approved,
        cast(null as {{ ssd_type('string') }}) as prep_la_final_care_plan,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
