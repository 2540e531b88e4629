-- ssd_sdq_scores from FACT_FORMS of form type SDQ: one row per form. The score is the latest SDQScore
-- answer (a number such as "14" or "14.0", as an integer; anything else rejects the row); the reason is
-- the latest SDQReason answer's SSDA903 code ("SDQ2" or "SDQ2 - description", seed dfe__903_sdq_reason;
-- an unknown code rejects the row). Completed date = when the score was answered, else the reason.
-- Unlike the SystemC extract, forms with a reason but no score are kept (the 903 needs SDQ_REASON).
with forms as (

    select * from {{ ref('stg_liquidlogic__forms') }}
    where upper(form_type_code) = 'SDQ'

),

answers as (

    select
        form_answers.form_id,
        upper(form_answers.answer_no) as question,
        form_answers.answer,
        form_answers.answered_date,
        row_number() over (
            partition by form_answers.form_id, upper(form_answers.answer_no)
            order by form_answers.answered_date desc, cast(form_answers.form_answer_id as bigint) desc
        ) as answer_row
    from {{ ref('stg_liquidlogic__form_answers') }} as form_answers
    where upper(form_answers.answer_no) in ('SDQSCORE', 'SDQREASON')
        and form_answers.form_id is not null

),

sdq_reasons as (

    select upper(code) as reason_code from {{ ref('dfe__903_sdq_reason') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

scores as (

    select
        form_id,
        answer,
        answered_date,
        (
            translate(answer, '0123456789.', '') = ''
            and length(replace(answer, '.', '')) between 1 and 4
            and length(answer) - length(replace(answer, '.', '')) <= 1
        ) as is_number
    from answers
    where question = 'SDQSCORE' and answer_row = 1 and answer is not null

),

reasons as (

    select
        form_id,
        answered_date,
        upper(trim({{ dbt.split_part('answer', "' - '", 1) }})) as reason_code
    from answers
    where question = 'SDQREASON' and answer_row = 1 and answer is not null

),

numbered as (

    select
        forms.*,
        {{ ssd_key_row('forms', 'form_key') }} as key_row,
        {{ ssd_key_conflict('forms', 'form_key') }} as key_conflict
    from forms

),

joined as (

    select
        numbered.*,
        scores.answer as score_answer,
        scores.is_number,
        reasons.reason_code,
        sdq_reasons.reason_code as known_reason_code,
        coalesce(scores.answered_date, reasons.answered_date) as completed_date,
        case
            when scores.is_number then cast(cast(scores.answer as decimal(10, 2)) as integer)
        end as score,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join scores
        on numbered.form_id = scores.form_id
    left join reasons
        on numbered.form_id = reasons.form_id
    left join sdq_reasons
        on reasons.reason_code = sdq_reasons.reason_code
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        form_id as csdq_table_id,
        person_id as csdq_person_id,
        completed_date as csdq_sdq_completed_date,
        known_reason_code as csdq_sdq_reason,
        score as csdq_sdq_score,
        'FACT_FORMS' as _source_table,
        form_key as _source_key,
        case
            when form_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when score_answer is not null and not is_number then 'unparseable_sdq_score'
            when reason_code is not null and known_reason_code is null then 'unknown_sdq_reason'
            when score_answer is null and reason_code is null then 'no_sdq_answer'
        end as _dq_reason
    from joined

)

select * from final
