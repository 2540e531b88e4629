-- ssd_cla_reviews from FACT_CLA_REVIEW: one row per raw row. Cancelled comes from the review's
-- FACT_MEETINGS row; participation from the child's FACT_MEETING_SUBJECTS row on that meeting, whose
-- description is recoded to the 903 PN code through dfe__903_review_participation (an unrecognised
-- description becomes null rather than rejecting the review). No LA-specific form ids are used.
with cla_reviews as (

    select * from {{ ref('stg_liquidlogic__cla_reviews') }}

),

meetings as (

    select * from {{ ref('stg_liquidlogic__meetings') }}

),

meeting_subjects as (

    select * from {{ ref('stg_liquidlogic__meeting_subjects') }}

),

participation_codes as (

    select
        code,
        lower(trim(description)) as description_key
    from {{ ref('dfe__903_review_participation') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

meeting_once as (

    select
        meeting_id,
        cancelled_flag,
        row_number() over (partition by meeting_id order by meeting_key) as meeting_row
    from meetings
    where meeting_id is not null

),

participation as (

    select
        meeting_subjects.meeting_id,
        meeting_subjects.person_id,
        participation_codes.code as participation_code,
        row_number() over (
            partition by meeting_subjects.meeting_id, meeting_subjects.person_id
            order by participation_codes.code desc nulls last, meeting_subjects.meeting_subject_key asc
        ) as subject_row
    from meeting_subjects
    left join participation_codes
        on lower(meeting_subjects.participation_description) = participation_codes.description_key
    where meeting_subjects.meeting_id is not null

),

numbered as (

    select
        cla_reviews.*,
        {{ ssd_key_row('cla_reviews', 'cla_review_key') }} as key_row,
        {{ ssd_key_conflict('cla_reviews', 'cla_review_key') }} as key_conflict
    from cla_reviews

),

joined as (

    select
        numbered.*,
        meeting_once.cancelled_flag,
        participation.participation_code,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join meeting_once
        on numbered.meeting_id = meeting_once.meeting_id
            and meeting_once.meeting_row = 1
    left join participation
        on numbered.meeting_id = participation.meeting_id
            and numbered.person_id = participation.person_id
            and participation.subject_row = 1
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        cla_review_id as clar_cla_review_id,
        period_of_care_id as clar_cla_id,
        person_id as clar_cla_person_id,
        due_date as clar_cla_review_due_date,
        meeting_date as clar_cla_review_date,
        cancelled_flag as clar_cla_review_cancelled,
        participation_code as clar_cla_review_participation,
        'FACT_CLA_REVIEW' as _source_table,
        cla_review_key as _source_key,
        case
            when cla_review_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from joined

)

select * from final
