-- ssd_cla_visits: one row per DM_VISITS row of the LA's CLA visit type (VIS.CLA). clav_cla_id: the child's
-- period of care covering the visit day (DM_PERIODS_OF_CARE; the latest when two touch). Seen from the
-- visit step's form answer, seen alone = SEEN_ALONE_FLAG.
with visits as (

    {{ mosaic_visits_of_type('VIS.CLA') }}

),

periods as (

    {{ mosaic_period_of_care_at('visits', 'visit_id', 'person_id', 'visit_date') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        visits.visit_id as clav_cla_visit_id,
        periods.cla_id as clav_cla_id,
        visits.person_id as clav_person_id,
        visits.visit_date as clav_cla_visit_date,
        answers.seen as clav_cla_visit_seen,
        {{ ssd_yn('visits.seen_alone_flag') }} as clav_cla_visit_seen_alone,
        'DM_VISITS' as _source_table,
        visits.visit_id as _source_key,
        case
            when visits.visit_id is null then 'missing_key'
            when visits.key_row > 1 then 'duplicate_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when visits.visit_date is null then 'missing_visit_date'
            when periods.cla_id is null then 'period_of_care_not_found'
        end as _dq_reason
    from visits
    left join periods
        on visits.visit_id = periods.event_key
    left join {{ ref('int_mosaic__visit_answers') }} as answers
        on visits.visit_id = answers.visit_id
    left join scope
        on visits.person_id = scope.person_id

)

select * from final
