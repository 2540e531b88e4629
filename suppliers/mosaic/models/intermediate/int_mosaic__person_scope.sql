-- Who is in ssd_person. Grain: one row per DM_PERSONS row. Mosaic holds every person (children, parents,
-- relatives, carers) with no client flag, so the scope is activity: a person is in scope when they are the
-- child subject of at least one child contact step (IS_CHILD_CONTACT = Y, not cancelled). Everyone else is
-- quarantined as no_child_social_care_activity.
with persons as (

    select * from {{ ref('stg_mosaic__dm_persons') }}

),

active as (

    select distinct person_id
    from {{ ref('int_mosaic__steps') }}
    where
        {{ ssd_yn('is_child_contact') }} = 'Y'
        and coalesce(step_status, '') <> 'CANCELLED'
        and person_id is not null

),

final as (

    select
        persons.*,
        case
            when persons.person_id is null then 'missing_key'
            when row_number() over (partition by persons.person_id order by persons.date_of_birth) > 1
                then 'duplicate_key'
            when active.person_id is null then 'no_child_social_care_activity'
        end as _dq_reason
    from persons
    left join active
        on persons.person_id = active.person_id

)

select * from final
