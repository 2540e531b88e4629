-- ssd_family: one row per GROUPPERSONVIEW row; SSD-bound rows are members of a 'Family' group (GROUPVIEW)
-- who are in ssd_person and have a contact. fami_family_id is the GROUPID; fami_table_id is the id of the
-- person's earliest contact in ssd_contacts (ties: lowest id), as the SSD defines it (the extract's
-- GROUPID || PERSONID is not used).
with members as (

    select * from {{ ref('stg_eclipse__group_members') }}

),

groups as (

    select
        group_id,
        max(group_type) as group_type
    from {{ ref('stg_eclipse__groups') }}
    group by group_id

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

contacts as (

    select
        cont_person_id,
        cont_contact_id,
        row_number() over (
            partition by cont_person_id order by cont_contact_date, cast(cont_contact_id as bigint)
        ) as contact_row
    from {{ ref('int_eclipse__ssd_contacts') }}
    where _dq_reason is null

),

joined as (

    select
        members.*,
        groups.group_type,
        people.pers_person_id,
        contacts.cont_contact_id
    from members
    left join groups
        on members.group_id = groups.group_id
    left join people
        on members.person_id = people.pers_person_id
    left join contacts
        on members.person_id = contacts.cont_person_id and contacts.contact_row = 1

),

final as (

    select
        cont_contact_id as fami_table_id,
        group_id as fami_family_id,
        person_id as fami_person_id,
        'GROUPPERSONVIEW' as _source_table,
        coalesce(group_id, '') || '|' || coalesce(person_id, '') as _source_key,
        case
            when group_id is null or person_id is null then 'missing_key'
            when coalesce(group_type, '') <> 'family' then 'not_a_family_group'
            when pers_person_id is null then 'person_not_in_ssd_person'
            when cont_contact_id is null then 'no_contact_for_person'
        end as _dq_reason
    from joined

)

select * from final
