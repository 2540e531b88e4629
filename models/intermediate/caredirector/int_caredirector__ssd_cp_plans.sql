-- ssd_cp_plans from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cp_plans) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   cppl_cp_plan_id                string    CPPL001A   CP Plan ID [primary key; required (not null)]
--   cppl_referral_id               string    CPPL007A   Referral ID
--   cppl_icpc_id                   string    CPPL008A   Initial CP Conference ID [joins
--                                  ssd_initial_cp_conference.icpc_icpc_id]
--   cppl_person_id                 string    CPPL002A   Person Unique ID [required (not null); joins
--                                  ssd_person.pers_person_id]
--   cppl_cp_plan_start_date        timestamp CPPL003A   CP Plan Start Date
--   cppl_cp_plan_end_date          timestamp CPPL004A   CP Plan End Date
--   cppl_cp_plan_initial_category  string    CPPL009A   CP Plan Initial Category of Abuse [code in seed
--                                  dfe__cin_category_of_abuse]
--   cppl_cp_plan_ola               string    CPPL011A   OLA CP Plan? [one of Y/N]
--   cppl_cp_plan_latest_category   string    CPPL010A   CP Plan Latest Category of Abuse [code in seed
--                                  dfe__cin_category_of_abuse]
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as cppl_cp_plan_id,
        cast(null as {{ ssd_type('string') }}) as cppl_referral_id,
        cast(null as {{ ssd_type('string') }}) as cppl_icpc_id,
        cast(null as {{ ssd_type('string') }}) as cppl_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as cppl_cp_plan_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as cppl_cp_plan_end_date,
        cast(null as {{ ssd_type('string') }}) as cppl_cp_plan_initial_category,
        cast(null as {{ ssd_type('string') }}) as cppl_cp_plan_ola,
        cast(null as {{ ssd_type('string') }}) as cppl_cp_plan_latest_category,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
