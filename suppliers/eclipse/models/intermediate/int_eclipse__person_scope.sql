-- Who is in ssd_person: one row per PERSONDEMOGRAPHICSVIEW row with the reason it is out of scope (null =
-- in scope). Eclipse has no activity cohort: every person is in scope except the extract's exclusions
-- (test persons 1-6, PERSONVIEW.DUPLICATED = DUPLICATE, DUPLICATE in a name) and, a correction the extract
-- lacks, workers: professionals are persons in Eclipse (a staff number, or the worker side of an
-- allocation) and are not social-care clients.
with demographics as (

    select * from {{ ref('stg_eclipse__person_demographics') }}

),

persons as (

    select
        person_id,
        max(duplicated_flag) as duplicated_flag,
        max(upper(coalesce(forename, '') || ' ' || coalesce(surname, ''))) as full_name
    from {{ ref('stg_eclipse__persons') }}
    where person_id is not null
    group by person_id

),

workers as (

    select worker_id
    from {{ ref('stg_eclipse__professional_relationships') }}
    where worker_id is not null
    union
    select person_id as worker_id
    from {{ ref('stg_eclipse__reference_numbers') }}
    where reference_type_code = 'STAFF' and person_id is not null

),

numbered as (

    select
        demographics.*,
        persons.duplicated_flag,
        persons.full_name,
        workers.worker_id,
        row_number() over (partition by demographics.person_key order by demographics.carefirst_id) as key_row
    from demographics
    left join persons
        on demographics.person_id = persons.person_id
    left join workers
        on demographics.person_id = workers.worker_id

),

final as (

    select
        numbered.*,
        case
            when person_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when person_id in ('1', '2', '3', '4', '5', '6') then 'test_person'
            when duplicated_flag = 'DUPLICATE'
                or upper(coalesce(forename, '') || ' ' || coalesce(surname, '')) like '%DUPLICATE%'
                or full_name like '%DUPLICATE%' then 'flagged_duplicate'
            when worker_id is not null then 'worker_not_a_client'
        end as _dq_reason
    from numbered

)

select * from final
