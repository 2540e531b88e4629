-- ssd_send from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- Usually left empty: SEN2 (SEND and EHC plan) data is held in the local authority's education system, not in the
-- children's social care case management system; a future education connector fills it.
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_send) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   send_table_id     string    SEND001A   send_table_id [primary key; required (not null)]
--   send_upn          string    SEND002A   UPN [required (not null)]
--   send_uln          string    SEND003A   ULN
--   send_upn_unknown  string    SEND004A   UPN and ULN unknown
--   send_person_id    string    SEND005A   Person Unique ID [required (not null); joins ssd_person.pers_person_id]
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as send_table_id,
        cast(null as {{ ssd_type('string') }}) as send_upn,
        cast(null as {{ ssd_type('string') }}) as send_uln,
        cast(null as {{ ssd_type('string') }}) as send_upn_unknown,
        cast(null as {{ ssd_type('string') }}) as send_person_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
