-- ssd_cla_substance_misuse: one row per repeating-table row of the substance misuse form: driven by the
-- DM_CACHED_FORM_ANSWERS rows answering sm_substance (one per FORM_ID + FORM_ANSWER_ROW_ID); id =
-- FORM_ANSWER_ROW_ID; person = SUBJECT_PERSON_ID; date and intervention from the same row's answers to
-- sm_date and sm_intervention; the substance description recoded to our codes (seed mosaic__substances).
with rows_ as (

    select * from {{ ref('stg_mosaic__dm_cached_form_answers') }}
    where question_user_code = 'sm_substance'

),

same_row as (

    select
        form_id,
        form_answer_row_id,
        max(case when question_user_code = 'sm_date' then date_answer end) as misuse_date,
        max(case when question_user_code = 'sm_intervention' then {{ ssd_yn('text_answer') }} end) as intervention
    from {{ ref('stg_mosaic__dm_cached_form_answers') }}
    where question_user_code in ('sm_date', 'sm_intervention')
    group by form_id, form_answer_row_id

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        rows_.form_answer_row_id as clas_substance_misuse_id,
        rows_.subject_person_id as clas_person_id,
        same_row.misuse_date as clas_substance_misuse_date,
        substances.code as clas_substance_misused,
        same_row.intervention as clas_intervention_received,
        'DM_CACHED_FORM_ANSWERS' as _source_table,
        rows_.form_answer_id as _source_key,
        case
            when rows_.form_answer_row_id is null then 'missing_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from rows_
    left join same_row
        on rows_.form_id = same_row.form_id and rows_.form_answer_row_id = same_row.form_answer_row_id
    left join {{ ref('mosaic__substances') }} as substances
        on lower(rows_.text_answer) = lower(substances.description)
    left join scope
        on rows_.subject_person_id = scope.person_id

)

select * from final
