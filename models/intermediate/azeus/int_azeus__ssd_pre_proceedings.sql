-- ssd_pre_proceedings: no rows from Azeus (typed columns, zero rows); no known Azeus source (none expected):
-- The SSD spec has it as a future-release placeholder (DDSF 1b, specified) that no supplier extract populates
-- yet.
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
