-- ssd_department: one row per DIM_DEPARTMENT row (no cohort filter: every team); SSD-bound rows are real
-- teams (not the -1 member). The parent is DEPT_ID (-1 -> null) and its name DEPT_TYPE_DESCRIPTION.
with departments as (

    select * from {{ ref('stg_liquidlogic__departments') }}

),

numbered as (

    select
        departments.*,
        {{ ssd_key_row('departments', 'department_key') }} as key_row,
        {{ ssd_key_conflict('departments', 'department_key') }} as key_conflict
    from departments

),

final as (

    select
        department_id as dept_team_id,
        team_name as dept_team_name,
        parent_department_id as dept_team_parent_id,
        parent_department_name as dept_team_parent_name,
        'DIM_DEPARTMENT' as _source_table,
        department_key as _source_key,
        case
            when department_id is null then 'none_member'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
        end as _dq_reason
    from numbered

)

select * from final
