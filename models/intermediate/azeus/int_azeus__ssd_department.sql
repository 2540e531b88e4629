-- ssd_department: no rows from Azeus (typed columns, zero rows); no known Azeus source: no Azeus table or
-- field path in the known documents (TEAM_ID only as a bare id).
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as dept_team_id,
        cast(null as {{ ssd_type('string') }}) as dept_team_name,
        cast(null as {{ ssd_type('string') }}) as dept_team_parent_id,
        cast(null as {{ ssd_type('string') }}) as dept_team_parent_name,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
