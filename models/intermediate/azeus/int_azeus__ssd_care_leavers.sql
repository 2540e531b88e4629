-- ssd_care_leavers: no rows from Azeus (typed columns, zero rows); no known Azeus source: the ghost DDL names
-- a candidate table (SVC_USR_LC_CAT, SVC_USR_LC_ACCOMM, SVC_USR_LC_CONT) but no document maps its fields or
-- values.
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
