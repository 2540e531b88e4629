-- ssd_mother: one row per FACT_PERSON_RELATION row; SSD-bound rows are open CHI links (DIM_PERSON_ID
-- the parent, DIM_RELATED_PERSON_ID the child) from a parent who is not male, both people in ssd_person.
-- moth_childs_dob is the child's date of birth as LCS holds it on the relation (DIM_RELATED_PERSON_DOB).
with relations as (

    select * from {{ ref('stg_liquidlogic__person_relations') }}

),

persons as (

    select
        person_id,
        gender_code,
        row_number() over (partition by person_id order by person_key) as person_row
    from {{ ref('stg_liquidlogic__persons') }}
    where person_id is not null

),

scope as (

    select person_id from {{ ref('int_liquidlogic__person_scope') }}
    where _dq_reason is null

),

numbered as (

    select
        relations.*,
        {{ ssd_key_row('relations', 'person_relation_key') }} as key_row,
        {{ ssd_key_conflict('relations', 'person_relation_key') }} as key_conflict
    from relations

),

joined as (

    select
        numbered.*,
        parent.gender_code as parent_gender_code,
        parent_scope.person_id as parent_in_scope,
        child_scope.person_id as child_in_scope
    from numbered
    left join persons as parent
        on numbered.person_id = parent.person_id
            and parent.person_row = 1
    left join scope as parent_scope
        on numbered.person_id = parent_scope.person_id
    left join scope as child_scope
        on numbered.related_person_id = child_scope.person_id

),

final as (

    select
        person_relation_id as moth_table_id,
        person_id as moth_person_id,
        related_person_id as moth_childs_person_id,
        related_person_dob as moth_childs_dob,
        'FACT_PERSON_RELATION' as _source_table,
        person_relation_key as _source_key,
        case
            when person_relation_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when coalesce(relation_type_code, '') <> 'CHI' then 'not_a_parent_to_child_relation'
            when end_date is not null and end_date <= cast('{{ var("as_at_date") }}' as {{ ssd_type('timestamp') }})
                then 'relation_ended'
            when parent_gender_code = 'M' then 'parent_is_male'
            when parent_in_scope is null or child_in_scope is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from joined

)

select * from final
