-- ssd_person from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_person) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   pers_person_id        string    PERS001A   Person Unique ID [primary key; required (not null)]
--   pers_forename         string    PERS015A   First/Fore name
--   pers_surname          string    PERS016A   Last name/surname
--   pers_sex              string    PERS002A   Sex [one of M/F/U]
--   pers_gender           string    PERS003A   Gender [one of M/F/U]
--   pers_ethnicity        string    PERS004A   Ethnicity [code in seed dfe__ethnicity]
--   pers_dob              timestamp PERS005A   Date of Birth
--   pers_common_child_id  string    PERS013A   Common Child Identifier (NHS Number)
--   pers_legacy_id        string    PERS014A   Person System ID (Placeholder or needed by some CMS)
--   pers_upn              string    PERS006A   Unique Pupil Number
--   pers_upn_unknown      string    PERS007A   UPN Unknown [code in seed dfe__upn_unknown]
--   pers_send_flag        string    PERS008A   SEND Flag [one of Y/N]
--   pers_expected_dob     timestamp PERS009A   Expected Birth Date
--   pers_death_date       timestamp PERS010A   Date of Death
--   pers_is_mother        string    PERS011A   Mother [one of Y]
--   pers_nationality      string    PERS012A   Country of Origin (UASC)
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as pers_person_id,
        cast(null as {{ ssd_type('string') }}) as pers_forename,
        cast(null as {{ ssd_type('string') }}) as pers_surname,
        cast(null as {{ ssd_type('string') }}) as pers_sex,
        cast(null as {{ ssd_type('string') }}) as pers_gender,
        cast(null as {{ ssd_type('string') }}) as pers_ethnicity,
        cast(null as {{ ssd_type('timestamp') }}) as pers_dob,
        cast(null as {{ ssd_type('string') }}) as pers_common_child_id,
        cast(null as {{ ssd_type('string') }}) as pers_legacy_id,
        cast(null as {{ ssd_type('string') }}) as pers_upn,
        cast(null as {{ ssd_type('string') }}) as pers_upn_unknown,
        cast(null as {{ ssd_type('string') }}) as pers_send_flag,
        cast(null as {{ ssd_type('timestamp') }}) as pers_expected_dob,
        cast(null as {{ ssd_type('timestamp') }}) as pers_death_date,
        cast(null as {{ ssd_type('string') }}) as pers_is_mother,
        cast(null as {{ ssd_type('string') }}) as pers_nationality,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
