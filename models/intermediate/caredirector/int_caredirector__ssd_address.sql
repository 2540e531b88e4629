-- ssd_address from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_address) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   addr_table_id            string    ADDR007A   Address table row ID [primary key; required (not null)]
--   addr_address_json        string    ADDR001A   Address [required (not null)]
--   addr_person_id           string    ADDR002A   Person Unique ID [joins ssd_person.pers_person_id]
--   addr_address_type        string    ADDR003A   Address Type
--   addr_address_start_date  timestamp ADDR004A   Address Start Date/ From
--   addr_address_end_date    timestamp ADDR005A   Address End Date/ To
--   addr_address_postcode    string    ADDR006A   Address Postcode
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as addr_table_id,
        cast(null as {{ ssd_type('string') }}) as addr_address_json,
        cast(null as {{ ssd_type('string') }}) as addr_person_id,
        cast(null as {{ ssd_type('string') }}) as addr_address_type,
        cast(null as {{ ssd_type('timestamp') }}) as addr_address_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as addr_address_end_date,
        cast(null as {{ ssd_type('string') }}) as addr_address_postcode,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
