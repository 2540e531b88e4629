-- ssd_immigration_status: one row per CLASSIFICATIONPERSONVIEW row on an immigration-status path (1, 83 in
-- the pilot LA). The classification name is recoded through seed eclipse__immigration_status (trimmed,
-- case-insensitive) to the status the SSD carries (UASC, ILR, DLR, Refugee, Asylum seeker...). SSD-bound
-- rows: not deleted, person in ssd_person, a known status.
with assignments as (

    select * from {{ ref('stg_eclipse__person_classifications') }}
    where path_id in (1, 83)

),

statuses as (

    {{ eclipse_seed_lookup('eclipse__immigration_status', 'classification_name', 'status_code') }}

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        assignments.*,
        statuses.status_code,
        people.pers_person_id,
        row_number() over (partition by assignments.assignment_key order by assignments.start_date) as key_row
    from assignments
    left join statuses
        on lower(assignments.classification_name) = statuses.classification_name
    left join people
        on assignments.person_id = people.pers_person_id

),

final as (

    select
        person_id as immi_person_id,
        assignment_id as immi_immigration_status_id,
        status_code as immi_immigration_status,
        start_date as immi_immigration_status_start_date,
        end_date as immi_immigration_status_end_date,
        'CLASSIFICATIONPERSONVIEW' as _source_table,
        assignment_key as _source_key,
        case
            when assignment_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when status = 'DELETED' then 'deleted_classification'
            when pers_person_id is null then 'person_not_in_ssd_person'
            when status_code is null then 'unknown_immigration_status_description'
        end as _dq_reason
    from numbered

)

select * from final
