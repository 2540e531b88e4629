-- ssd_department: one row per ORGANISATIONVIEW row; SSD-bound rows are children's services teams:
-- ORGANISATIONCLASS TEAM, SECTOR not CHARITY / PRIVATE, SECTORSUBTYPE not ADULT_SOCIAL_SERVICES / EDUCATION
-- (the extract's filter). Parent team: no source in Eclipse (null).
with organisations as (

    select * from {{ ref('stg_eclipse__organisations') }}

),

numbered as (

    select
        organisations.*,
        row_number() over (partition by organisation_key order by organisation_name) as key_row
    from organisations

),

final as (

    select
        organisation_id as dept_team_id,
        organisation_name as dept_team_name,
        cast(null as {{ ssd_type('string') }}) as dept_team_parent_id,
        cast(null as {{ ssd_type('string') }}) as dept_team_parent_name,
        'ORGANISATIONVIEW' as _source_table,
        organisation_key as _source_key,
        case
            when organisation_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when coalesce(organisation_class, '') <> 'TEAM'
                or coalesce(sector, '') in ('CHARITY', 'PRIVATE')
                or coalesce(sector_subtype, '') in ('ADULT_SOCIAL_SERVICES', 'EDUCATION')
                then 'not_a_childrens_services_team'
        end as _dq_reason
    from numbered

)

select * from final
