-- ssd_cp_reviews from FACT_CP_REVIEW: one row per raw row. Quorate comes from the review meeting's
-- outcome form: FACT_MEETING_SUBJECTS (meeting + person) -> FACT_OUTCM_FORM_ID -> FACT_FORM_ANSWERS
-- answer to question WasConf (Yes/No text; the latest answer wins). No form ids are hard-coded.
-- cppr_cp_review_participation has no Liquidlogic source and is null.
with cp_reviews as (

    select * from {{ ref('stg_liquidlogic__cp_reviews') }}

),

meeting_subjects as (

    select * from {{ ref('stg_liquidlogic__meeting_subjects') }}

),

form_answers as (

    select * from {{ ref('stg_liquidlogic__form_answers') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

quorate_answers as (

    select
        meeting_subjects.meeting_id,
        meeting_subjects.person_id,
        {{ ssd_yn('form_answers.answer') }} as quorate_flag,
        row_number() over (
            partition by meeting_subjects.meeting_id, meeting_subjects.person_id
            order by form_answers.answered_date desc nulls last, form_answers.form_answer_id desc
        ) as answer_row
    from meeting_subjects
    inner join form_answers
        on meeting_subjects.outcome_form_id = form_answers.form_id
    where upper(form_answers.answer_no) = 'WASCONF'
        and meeting_subjects.meeting_id is not null

),

numbered as (

    select
        cp_reviews.*,
        {{ ssd_key_row('cp_reviews', 'cp_review_key') }} as key_row,
        {{ ssd_key_conflict('cp_reviews', 'cp_review_key') }} as key_conflict
    from cp_reviews

),

joined as (

    select
        numbered.*,
        quorate_answers.quorate_flag,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join quorate_answers
        on numbered.meeting_id = quorate_answers.meeting_id
            and numbered.person_id = quorate_answers.person_id
            and quorate_answers.answer_row = 1
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        cp_review_id as cppr_cp_review_id,
        person_id as cppr_person_id,
        cp_plan_id as cppr_cp_plan_id,
        due_date as cppr_cp_review_due,
        meeting_date as cppr_cp_review_date,
        meeting_id as cppr_cp_review_meeting_id,
        outcome_continue_cp_flag as cppr_cp_review_outcome_continue_cp,
        quorate_flag as cppr_cp_review_quorate,
        cast(null as {{ ssd_type('string') }}) as cppr_cp_review_participation,
        'FACT_CP_REVIEW' as _source_table,
        cp_review_key as _source_key,
        case
            when cp_review_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from joined

)

select * from final
