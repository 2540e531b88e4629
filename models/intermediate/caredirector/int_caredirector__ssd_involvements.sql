-- ssd_involvements from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_involvements) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   invo_involvements_id         string    INVO005A   Involvements table row ID [primary key; required (not null)]
--   invo_professional_id         string    INVO006A   Worker ID [joins ssd_professionals.prof_professional_id]
--   invo_professional_role_id    string    INVO007A   Worker role e.g. Allocated Case Worker
--   invo_professional_team       string    INVO009A   Worker Team [joins ssd_department.dept_team_id]
--   invo_involvement_start_date  timestamp INVO002A   Social worker episode start date
--   invo_involvement_end_date    timestamp INVO003A   Social worker episode end date
--   invo_worker_change_reason    string    INVO004A   Reason for worker change
--   invo_person_id               string    INVO011A   Person Unique ID [joins ssd_person.pers_person_id]
--   invo_referral_id             string    INVO010A   Referral ID
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as invo_involvements_id,
        cast(null as {{ ssd_type('string') }}) as invo_professional_id,
        cast(null as {{ ssd_type('string') }}) as invo_professional_role_id,
        cast(null as {{ ssd_type('string') }}) as invo_professional_team,
        cast(null as {{ ssd_type('timestamp') }}) as invo_involvement_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as invo_involvement_end_date,
        cast(null as {{ ssd_type('string') }}) as invo_worker_change_reason,
        cast(null as {{ ssd_type('string') }}) as invo_person_id,
        cast(null as {{ ssd_type('string') }}) as invo_referral_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
