-- ssd_linked_identifiers from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_linked_identifiers) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   link_table_id          string    LINK001A   Link table row ID [primary key; required (not null)]
--   link_person_id         string    LINK002A   Person Unique ID [joins ssd_person.pers_person_id]
--   link_identifier_type   string    LINK003A   ['Case Number', 'Unique Pupil Number', NHS Number', 'Home Office
--                          Registration', National Insurance Number', 'YOT Number', Court Case Number', RAA ID',
--                          'Incident ID']
--   link_identifier_value  string    LINK004A   Identifier or reference code
--   link_valid_from_date   timestamp LINK005A   Date the identifier is known/valid from
--   link_valid_to_date     timestamp LINK006A   Date the identifier ceases to be known/valid
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as link_table_id,
        cast(null as {{ ssd_type('string') }}) as link_person_id,
        cast(null as {{ ssd_type('string') }}) as link_identifier_type,
        cast(null as {{ ssd_type('string') }}) as link_identifier_value,
        cast(null as {{ ssd_type('timestamp') }}) as link_valid_from_date,
        cast(null as {{ ssd_type('timestamp') }}) as link_valid_to_date,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
