-- ssd_cp_visits: one row per DM_VISITS row of the LA's CP visit type (VIS.CP). The CP plan: the child's
-- latest non-temporary CP registration open on the visit day (start on/before, deregistration null or
-- on/after). Seen and bedroom from the visit step's form answers; seen alone = SEEN_ALONE_FLAG.
with visits as (

    {{ mosaic_visits_of_type('VIS.CP') }}

),

plans as (

    {{ mosaic_cp_registration_at('visits', 'visit_id', 'person_id', 'visit_date', plans_only=true) }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        visits.visit_id as cppv_cp_visit_id,
        visits.person_id as cppv_person_id,
        plans.cp_plan_id as cppv_cp_plan_id,
        visits.visit_date as cppv_cp_visit_date,
        answers.seen as cppv_cp_visit_seen,
        {{ ssd_yn('visits.seen_alone_flag') }} as cppv_cp_visit_seen_alone,
        answers.bedroom as cppv_cp_visit_bedroom,
        'DM_VISITS' as _source_table,
        visits.visit_id as _source_key,
        case
            when visits.visit_id is null then 'missing_key'
            when visits.key_row > 1 then 'duplicate_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when visits.visit_date is null then 'missing_visit_date'
        end as _dq_reason
    from visits
    left join plans
        on visits.visit_id = plans.event_key
    left join {{ ref('int_mosaic__visit_answers') }} as answers
        on visits.visit_id = answers.visit_id
    left join scope
        on visits.person_id = scope.person_id

)

select * from final
