-- ssd_mother: one row per SVC_USR_REL row. Azeus keeps each relationship twice (one row per side, linked
-- by PAIR_REL_ID): the SSD row is the side whose REL_CD is MOTHER (SVC_USR_REF_NO is the mother,
-- REL_SVC_USR_REF_NO the child); the mirror CHILD row and other relations are out of scope. A relation
-- flagged not valid or ended on or before the as-at date is out too. Child's date of birth from the
-- child's SVC_USR date parts. Both people must be in ssd_person.
with relations as (

    select * from {{ ref('stg_azeus__svc_usr_rel') }}

),

people as (

    select
        person_id,
        birth_date
    from {{ ref('int_azeus__service_users') }}
    where _dq_reason is null

),

numbered as (

    select
        relations.*,
        mothers.person_id as mother_in_scope,
        children.person_id as child_in_scope,
        children.birth_date as child_birth_date,
        row_number() over (partition by relations.relationship_id order by relations.relationship_key) as key_row
    from relations
    left join people as mothers
        on relations.person_id = mothers.person_id
    left join people as children
        on relations.related_person_id = children.person_id

),

final as (

    select
        relationship_id as moth_table_id,
        person_id as moth_person_id,
        related_person_id as moth_childs_person_id,
        child_birth_date as moth_childs_dob,
        'SVC_USR_REL' as _source_table,
        relationship_key as _source_key,
        case
            when relationship_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when coalesce(relationship_code, '') <> 'MOTHER' then 'not_a_mother_relation'
            when is_valid = 'N' or effective_to <= {{ ssd_as_at_date() }} then 'relation_ended'
            when mother_in_scope is null or child_in_scope is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from numbered

)

select * from final
