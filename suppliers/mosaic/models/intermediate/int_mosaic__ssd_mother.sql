-- ssd_mother: one row per DM_PERSONAL_RELATIONSHIPS row. SSD-bound rows are IS_MOTHER = Y relations whose
-- mother and child are both in scope; the child's date of birth from DM_PERSONS. Relations that are not
-- mother relations (not_a_mother_relation) or involve a person outside ssd_person (person_not_in_ssd_person)
-- are quarantined. moth_table_id is the relationship id.
with rel as (

    select * from {{ ref('stg_mosaic__dm_personal_relationships') }}

),

scope as (

    select
        person_id,
        date_of_birth
    from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        rel.personal_relationship_id as moth_table_id,
        rel.person_id as moth_person_id,
        rel.other_person_id as moth_childs_person_id,
        child.date_of_birth as moth_childs_dob,
        'DM_PERSONAL_RELATIONSHIPS' as _source_table,
        rel.personal_relationship_id as _source_key,
        case
            when rel.personal_relationship_id is null then 'missing_key'
            when coalesce({{ ssd_yn('rel.is_mother') }}, 'N') <> 'Y' then 'not_a_mother_relation'
            when mother.person_id is null or child.person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from rel
    left join scope as mother
        on rel.person_id = mother.person_id
    left join scope as child
        on rel.other_person_id = child.person_id

)

select * from final
