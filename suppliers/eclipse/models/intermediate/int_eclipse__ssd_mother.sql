-- ssd_mother: one row per RELATIONSHIPPERSONVIEW row; SSD-bound rows are the 'Mother' relationships
-- (ROLEAPERSONID is the mother of ROLEBPERSONID) where both people are in ssd_person. Eclipse stores both
-- directions and every kind of relationship; the others are out of scope. moth_childs_dob is the child's
-- DATEOFBIRTH.
with relationships as (

    select * from {{ ref('stg_eclipse__person_relationships') }}

),

scope as (

    select
        person_id,
        birth_date,
        _dq_reason
    from {{ ref('int_eclipse__person_scope') }}
    where person_id is not null

),

in_scope as (

    select
        person_id,
        max(birth_date) as birth_date
    from scope
    where _dq_reason is null
    group by person_id

),

numbered as (

    select
        relationships.*,
        mothers.person_id as mother_in_scope,
        children.person_id as child_in_scope,
        children.birth_date as child_birth_date,
        row_number() over (partition by relationships.relationship_key order by relationships.start_date) as key_row
    from relationships
    left join in_scope as mothers
        on relationships.role_a_person_id = mothers.person_id
    left join in_scope as children
        on relationships.role_b_person_id = children.person_id

),

final as (

    select
        relationship_id as moth_table_id,
        role_a_person_id as moth_person_id,
        role_b_person_id as moth_childs_person_id,
        child_birth_date as moth_childs_dob,
        'RELATIONSHIPPERSONVIEW' as _source_table,
        relationship_key as _source_key,
        case
            when relationship_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when coalesce(relationship, '') <> 'mother' then 'not_a_mother_relation'
            when mother_in_scope is null or child_in_scope is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from numbered

)

select * from final
