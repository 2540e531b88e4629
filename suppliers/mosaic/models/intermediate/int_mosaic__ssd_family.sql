-- ssd_family: one row per DM_SUBGROUP_SUBJECTS row. SSD-bound rows are person (PER) subjects in scope:
-- fami_family_id = the subgroup's GROUP_ID (DM_SUBGROUPS), fami_table_id = the person's earliest child
-- contact step (ties: lowest step id). Worker / organisation subjects are quarantined (not_a_person_subject).
with subjects as (

    select * from {{ ref('stg_mosaic__dm_subgroup_subjects') }}

),

first_contact as (

    select
        person_id,
        workflow_step_id,
        row_number() over (
            partition by person_id order by started_date, cast(workflow_step_id as bigint)
        ) as contact_order
    from {{ ref('int_mosaic__steps') }}
    where {{ ssd_yn('is_child_contact') }} = 'Y' and coalesce(step_status, '') <> 'CANCELLED'

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        first_contact.workflow_step_id as fami_table_id,
        subgroups.group_id as fami_family_id,
        subjects.subject_compound_id as fami_person_id,
        'DM_SUBGROUP_SUBJECTS' as _source_table,
        {{ dbt.concat([
            "subjects.subgroup_id", "'.'", "subjects.subject_compound_id", "'.'", "subjects.subject_type_code",
        ]) }} as _source_key,
        case
            when upper(subjects.subject_type_code) <> 'PER' then 'not_a_person_subject'
            when scope.person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from subjects
    left join {{ ref('stg_mosaic__dm_subgroups') }} as subgroups
        on subjects.subgroup_id = subgroups.subgroup_id
    left join scope
        on subjects.subject_compound_id = scope.person_id
    left join first_contact
        on subjects.subject_compound_id = first_contact.person_id and first_contact.contact_order = 1

)

select * from final
