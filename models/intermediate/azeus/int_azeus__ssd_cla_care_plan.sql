-- ssd_cla_care_plan: no rows from Azeus (typed columns, zero rows); no known Azeus source: no Azeus table or
-- field path in the known documents.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as lacp_table_id,
        cast(null as {{ ssd_type('string') }}) as lacp_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as lacp_cla_care_plan_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as lacp_cla_care_plan_end_date,
        cast(null as {{ ssd_type('string') }}) as lacp_cla_care_plan_json,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
