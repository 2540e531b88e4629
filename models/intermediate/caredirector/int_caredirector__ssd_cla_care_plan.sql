-- ssd_cla_care_plan from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cla_care_plan) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   lacp_table_id                  string    LACP001A   Care Plan Table ID [primary key; required (not null)]
--   lacp_person_id                 string    LACP007A   Person ID [required (not null); joins
--                                  ssd_person.pers_person_id]
--   lacp_cla_care_plan_start_date  timestamp LACP004A   Care Plan start Date
--   lacp_cla_care_plan_end_date    timestamp LACP005A   Care Plan end date
--   lacp_cla_care_plan_json        string    LACP003A   What is the chosen/ permanence plan for this child/ young
--                                  person?
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as lacp_table_id,
        cast(null as {{ ssd_type('string') }}) as lacp_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as lacp_cla_care_plan_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as lacp_cla_care_plan_end_date,
        cast(null as {{ ssd_type('string') }}) as lacp_cla_care_plan_json,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
