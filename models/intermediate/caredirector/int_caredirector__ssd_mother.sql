-- ssd_mother from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_mother) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   moth_table_id          string    MOTH004A   Mother Table ID [primary key; required (not null)]
--   moth_person_id         string    MOTH002A   Person Unique ID (Mother) [required (not null); joins
--                          ssd_person.pers_person_id]
--   moth_childs_person_id  string    MOTH001A   Mother's Child's Unique ID [primary key; required (not null); joins
--                          ssd_person.pers_person_id]
--   moth_childs_dob        timestamp MOTH003A   Date of birth of mother's child
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as moth_table_id,
        cast(null as {{ ssd_type('string') }}) as moth_person_id,
        cast(null as {{ ssd_type('string') }}) as moth_childs_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as moth_childs_dob,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
