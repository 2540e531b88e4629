-- ssd_family from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_family) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   fami_table_id   string    FAMI003A   Family table row id
--   fami_family_id  string    FAMI001A   Family identifier [primary key; required (not null)]
--   fami_person_id  string    FAMI002A   Person Unique ID [required (not null); joins ssd_person.pers_person_id]
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as fami_table_id,
        cast(null as {{ ssd_type('string') }}) as fami_family_id,
        cast(null as {{ ssd_type('string') }}) as fami_person_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
