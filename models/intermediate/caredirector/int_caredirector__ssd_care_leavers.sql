-- ssd_care_leavers from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_care_leavers) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   clea_table_id                      string    CLEA001A   Care Leaver Table ID [primary key; required (not null)]
--   clea_person_id                     string    CLEA002A   Person Unique ID [required (not null); joins
--                                      ssd_person.pers_person_id]
--   clea_care_leaver_eligibility       string    CLEA003A   Eligibility Status/ Category
--   clea_care_leaver_in_touch          string    CLEA004A   In Touch Category [code in seed
--                                      dfe__903_care_leaver_in_touch]
--   clea_care_leaver_latest_contact    timestamp CLEA005A   Latest Date of Contact
--   clea_care_leaver_accommodation     string    CLEA006A   Accommodation [code in seed
--                                      dfe__903_care_leaver_accommodation]
--   clea_care_leaver_accom_suitable    string    CLEA007A   Suitability of Accommodation [one of 1/2]
--   clea_care_leaver_activity          string    CLEA008A   Activity Status [code in seed
--                                      dfe__903_care_leaver_activity]
--   clea_pathway_plan_review_date      timestamp CLEA009A   Latest Pathway Plan Review Date
--   clea_care_leaver_personal_advisor  string    CLEA010A   Allocated Personal Advisor
--   clea_care_leaver_allocated_team    string    CLEA011A   Allocated Team [joins ssd_department.dept_team_id]
--   clea_care_leaver_worker_id         string    CLEA012A   Allocated Worker ID [joins
--                                      ssd_professionals.prof_professional_id]
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as clea_table_id,
        cast(null as {{ ssd_type('string') }}) as clea_person_id,
        cast(null as {{ ssd_type('string') }}) as clea_care_leaver_eligibility,
        cast(null as {{ ssd_type('string') }}) as clea_care_leaver_in_touch,
        cast(null as {{ ssd_type('timestamp') }}) as clea_care_leaver_latest_contact,
        cast(null as {{ ssd_type('string') }}) as clea_care_leaver_accommodation,
        cast(null as {{ ssd_type('string') }}) as clea_care_leaver_accom_suitable,
        cast(null as {{ ssd_type('string') }}) as clea_care_leaver_activity,
        cast(null as {{ ssd_type('timestamp') }}) as clea_pathway_plan_review_date,
        cast(null as {{ ssd_type('string') }}) as clea_care_leaver_personal_advisor,
        cast(null as {{ ssd_type('string') }}) as clea_care_leaver_allocated_team,
        cast(null as {{ ssd_type('string') }}) as clea_care_leaver_worker_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
