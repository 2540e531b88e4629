{%- set outcome_pairs = liquidlogic_outcome_pairs('cina_assessment_outcome_json') -%}
{%- set outcome_cols = outcome_pairs | map(attribute='1') | list -%}
-- ssd_cin_assessments: one row per FACT_SINGLE_ASSESSMENT row (no window); SSD-bound rows are neither
-- draft (substatus D) nor cancelled (X) and belong to people in ssd_person. Child seen is the assessment
-- form's latest seenYN answer (Yes/No text -> Y/N; anything else null). The authorised date is the latest
-- FormEndDate answer, text dd/mm/yyyy parsed portably; no answer means still in progress (null -- the
-- SystemC extract's 1900-01-01 default is not reproduced); an answer that is not a real dd/mm/yyyy date
-- rejects the row. Team and worker are COMPLETED_BY_DEPT_ID / COMPLETED_BY_USER_ID (-1 -> null).
-- Outcome flags become Y/N (an unrecognised one rejects the row); the outcome JSON is null when no flag is recorded.
with assessments as (

    select * from {{ ref('stg_liquidlogic__single_assessments') }}

),

answers as (

    select
        form_answers.form_id,
        upper(form_answers.answer_no) as question,
        form_answers.answer,
        row_number() over (
            partition by form_answers.form_id, upper(form_answers.answer_no)
            order by form_answers.answered_date desc, cast(form_answers.form_answer_id as bigint) desc
        ) as answer_row
    from {{ ref('stg_liquidlogic__form_answers') }} as form_answers
    where upper(form_answers.answer_no) in ('SEENYN', 'FORMENDDATE')
        and form_answers.form_id is not null

),

seen as (

    select
        form_id,
        {{ ssd_yn('answer') }} as child_seen
    from answers
    where question = 'SEENYN' and answer_row = 1

),

end_date_parts as (

    select
        form_id,
        answer,
        length(answer) - length(replace(answer, '/', '')) as slash_count,
        {{ dbt.split_part('answer', "'/'", 1) }} as day_text,
        {{ dbt.split_part('answer', "'/'", 2) }} as month_text,
        {{ dbt.split_part('answer', "'/'", 3) }} as year_text
    from answers
    where question = 'FORMENDDATE' and answer_row = 1 and answer is not null

),

end_date_shape as (

    select
        end_date_parts.*,
        (
            slash_count = 2
            and length(day_text) between 1 and 2 and translate(day_text, '0123456789', '') = ''
            and length(month_text) between 1 and 2 and translate(month_text, '0123456789', '') = ''
            and length(year_text) = 4 and translate(year_text, '0123456789', '') = ''
        ) as is_well_formed
    from end_date_parts

),

end_date_numbers as (

    select
        form_id,
        answer,
        is_well_formed,
        day_text,
        month_text,
        year_text,
        case when is_well_formed then cast(day_text as integer) end as day_no,
        case when is_well_formed then cast(month_text as integer) end as month_no,
        case when is_well_formed then cast(year_text as integer) end as year_no
    from end_date_shape

),

end_date_checked as (

    select
        end_date_numbers.*,
        (
            is_well_formed
            and month_no between 1 and 12
            and day_no >= 1
            and day_no <= case
                when month_no in (4, 6, 9, 11) then 30
                when month_no = 2 and ((mod(year_no, 4) = 0 and mod(year_no, 100) <> 0) or mod(year_no, 400) = 0)
                    then 29
                when month_no = 2 then 28
                else 31
            end
        ) as is_valid_date
    from end_date_numbers

),

end_dates as (

    select
        form_id,
        answer as end_date_answer,
        case
            when is_valid_date then cast(
                    cast(year_text || '-' || lpad(month_text, 2, '0') || '-' || lpad(day_text, 2, '0') as date)
                    as {{ ssd_type('timestamp') }}
                )
        end as auth_date
    from end_date_checked

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        assessments.*,
        {{ ssd_key_row('assessments', 'single_assessment_key') }} as key_row,
        {{ ssd_key_conflict('assessments', 'single_assessment_key') }} as key_conflict
    from assessments

),

joined as (

    select
        numbered.*,
        seen.child_seen,
        end_dates.end_date_answer,
        end_dates.auth_date,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join seen
        on numbered.form_id = seen.form_id
    left join end_dates
        on numbered.form_id = end_dates.form_id
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        single_assessment_id as cina_assessment_id,
        person_id as cina_person_id,
        referral_id as cina_referral_id,
        start_date as cina_assessment_start_date,
        child_seen as cina_assessment_child_seen,
        auth_date as cina_assessment_auth_date,
        case
            when coalesce({{ outcome_cols | join(', ') }}) is not null
                then {{ ssd_json_object(outcome_pairs) }}
        end as cina_assessment_outcome_json,
        outcome_nfa_flag as cina_assessment_outcome_nfa,
        completed_by_team_id as cina_assessment_team,
        completed_by_worker_id as cina_assessment_worker_id,
        'FACT_SINGLE_ASSESSMENT' as _source_table,
        single_assessment_key as _source_key,
        case
            when single_assessment_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when step_substatus_code in ('D', 'X') then 'draft_or_cancelled_assessment'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when end_date_answer is not null and auth_date is null then 'unparseable_form_end_date'
            {%- for col in outcome_cols %}
                when {{ ssd_is_unrecognised_flag(col ~ '_raw') }} then 'unrecognised_outcome_flag'
            {%- endfor %}
        end as _dq_reason
    from joined

)

select * from final
