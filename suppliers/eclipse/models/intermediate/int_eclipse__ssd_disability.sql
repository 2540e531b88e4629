-- ssd_disability: one row per CLASSIFICATIONPERSONVIEW row on a disability path (55, 58, 79, 172, 186 in
-- the pilot LA: re-point to yours). SSD-bound rows are current (no end date on or before the as-at date),
-- not deleted, of a person in ssd_person, with a classification name that seed eclipse__disability
-- recodes to a CIN disability code (trimmed, case-insensitive).
with assignments as (

    select * from {{ ref('stg_eclipse__person_classifications') }}
    where path_id in (55, 58, 79, 172, 186)

),

codes as (

    {{ eclipse_seed_lookup('eclipse__disability', 'classification_name', 'dfe_code') }}

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        assignments.*,
        codes.dfe_code,
        people.pers_person_id,
        row_number() over (partition by assignments.assignment_key order by assignments.start_date) as key_row
    from assignments
    left join codes
        on lower(assignments.classification_name) = codes.classification_name
    left join people
        on assignments.person_id = people.pers_person_id

),

final as (

    select
        person_id as disa_person_id,
        assignment_id as disa_table_id,
        dfe_code as disa_disability_code,
        'CLASSIFICATIONPERSONVIEW' as _source_table,
        assignment_key as _source_key,
        case
            when assignment_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when status = 'DELETED' then 'deleted_classification'
            when end_date is not null and end_date <= {{ ssd_as_at_date() }} then 'disability_ended'
            when pers_person_id is null then 'person_not_in_ssd_person'
            when dfe_code is null then 'no_national_disability_code'
        end as _dq_reason
    from numbered

)

select * from final
