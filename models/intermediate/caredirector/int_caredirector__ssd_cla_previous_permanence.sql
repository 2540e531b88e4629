-- ssd_cla_previous_permanence from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cla_previous_permanence) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   lapp_table_id                        string    LAPP001A   Previous Permanence ID [primary key; required (not
--                                        null)]
--   lapp_person_id                       string    LAPP002A   Person Unique ID [required (not null); joins
--                                        ssd_person.pers_person_id]
--   lapp_previous_permanence_order_date  string    LAPP003A   Date of Previous Permanence Order
--   lapp_previous_permanence_option      string    LAPP004A   Previous Permanence Option [code in seed
--                                        dfe__903_previous_permanence]
--   lapp_previous_permanence_la          string    LAPP005A   Previous Permanence Arranged LA
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as lapp_table_id,
        cast(null as {{ ssd_type('string') }}) as lapp_person_id,
        cast(null as {{ ssd_type('string') }}) as lapp_previous_permanence_order_date,
        cast(null as {{ ssd_type('string') }}) as lapp_previous_permanence_option,
        cast(null as {{ ssd_type('string') }}) as lapp_previous_permanence_la,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
