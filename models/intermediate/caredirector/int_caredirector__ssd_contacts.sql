-- ssd_contacts from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_contacts) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   cont_contact_id            string    CONT001A   Contact ID [primary key; required (not null)]
--   cont_person_id             string    CONT002A   Person Unique ID [required (not null); joins
--                              ssd_person.pers_person_id]
--   cont_contact_date          timestamp CONT003A   Date of Contact
--   cont_contact_source_code   string    CONT004A   Contact Source Code [code in seed dfe__cin_referral_source]
--   cont_contact_source_desc   string    CONT006A   Contact Source Description
--   cont_contact_outcome_json  string    CONT005A   Contact Outcome
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as cont_contact_id,
        cast(null as {{ ssd_type('string') }}) as cont_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as cont_contact_date,
        cast(null as {{ ssd_type('string') }}) as cont_contact_source_code,
        cast(null as {{ ssd_type('string') }}) as cont_contact_source_desc,
        cast(null as {{ ssd_type('string') }}) as cont_contact_outcome_json,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
