-- ssd_department: one row per DM_ORGANISATIONS row. SSD-bound rows are the LA's own teams (ORGANISATION_TYPE
-- TEAM) with their parent team; partner organisations (family hubs, schools, health, voluntary sector) are
-- quarantined as not_a_team. The published extract had no source for this table (dm_xxxx placeholder).
with orgs as (

    select
        *,
        row_number() over (partition by organisation_id order by organisation_name) as key_row
    from {{ ref('stg_mosaic__dm_organisations') }}

),

final as (

    select
        orgs.organisation_id as dept_team_id,
        orgs.organisation_name as dept_team_name,
        orgs.parent_organisation_id as dept_team_parent_id,
        parent.organisation_name as dept_team_parent_name,
        'DM_ORGANISATIONS' as _source_table,
        orgs.organisation_id as _source_key,
        case
            when orgs.organisation_id is null then 'missing_key'
            when orgs.key_row > 1 then 'duplicate_key'
            when upper(coalesce(orgs.organisation_type, '')) <> 'TEAM' then 'not_a_team'
        end as _dq_reason
    from orgs
    left join orgs as parent
        on orgs.parent_organisation_id = parent.organisation_id and parent.key_row = 1

)

select * from final
