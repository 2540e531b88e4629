-- ssd_department from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_department) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   dept_team_id           string    DEPT1001A  Department or Team ID [primary key; required (not null)]
--   dept_team_name         string    DEPT1002A  Department or Team name
--   dept_team_parent_id    string    DEPT1003A  Parent Department or Team ID [joins ssd_department.dept_team_id]
--   dept_team_parent_name  string    DEPT1004A  Parent Department or Team name
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
