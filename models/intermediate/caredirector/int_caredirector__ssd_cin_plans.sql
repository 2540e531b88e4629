-- ssd_cin_plans from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cin_plans) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   cinp_cin_plan_id          string    CINP001A   CIN Plan ID [primary key; required (not null)]
--   cinp_referral_id          string    CINP007A   Referral ID [joins ssd_cin_episodes.cine_referral_id]
--   cinp_person_id            string    CINP002A   Person Unique ID [required (not null); joins
--                             ssd_person.pers_person_id]
--   cinp_cin_plan_start_date  timestamp CINP003A   CIN Plan Start Date
--   cinp_cin_plan_end_date    timestamp CINP004A   CIN Plan End Date
--   cinp_cin_plan_team        string    CINP005A   CIN Plan Allocated Team [joins ssd_department.dept_team_id]
--   cinp_cin_plan_worker_id   string    CINP006A   CIN Plan Worker Name [joins
--                             ssd_professionals.prof_professional_id]
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as cinp_cin_plan_id,
        cast(null as {{ ssd_type('string') }}) as cinp_referral_id,
        cast(null as {{ ssd_type('string') }}) as cinp_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as cinp_cin_plan_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as cinp_cin_plan_end_date,
        cast(null as {{ ssd_type('string') }}) as cinp_cin_plan_team,
        cast(null as {{ ssd_type('string') }}) as cinp_cin_plan_worker_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
