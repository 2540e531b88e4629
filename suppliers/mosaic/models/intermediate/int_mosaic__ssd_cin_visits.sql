-- ssd_cin_visits: one row per DM_VISITS row of the LA's CIN visit type (VIS.CIN). Visit date = day of
-- ACTUAL_DATE; seen and bedroom from the visit step's form answers (the extract read SEEN_ALONE_FLAG as
-- "seen" for non-step visits: not reproduced); seen alone = SEEN_ALONE_FLAG. The person column is carried
-- (the extract replaced it by a referral id).
with visits as (

    {{ mosaic_visits_of_type('VIS.CIN') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        visits.visit_id as cinv_cin_visit_id,
        visits.person_id as cinv_person_id,
        visits.visit_date as cinv_cin_visit_date,
        answers.seen as cinv_cin_visit_seen,
        {{ ssd_yn('visits.seen_alone_flag') }} as cinv_cin_visit_seen_alone,
        answers.bedroom as cinv_cin_visit_bedroom,
        'DM_VISITS' as _source_table,
        visits.visit_id as _source_key,
        case
            when visits.visit_id is null then 'missing_key'
            when visits.key_row > 1 then 'duplicate_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when visits.visit_date is null then 'missing_visit_date'
        end as _dq_reason
    from visits
    left join {{ ref('int_mosaic__visit_answers') }} as answers
        on visits.visit_id = answers.visit_id
    left join scope
        on visits.person_id = scope.person_id

)

select * from final
