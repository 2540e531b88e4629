{%- set plan_keys = [
    'REMAINSUP', 'RETURN1M', 'RETURN6M', 'RETURNEV', 'LTRELFR', 'LTFOST18', 'RESPLMT', 'SUPPLIV', 'ADOPTION',
    'OTHERPLN',
] -%}
{%- set plan_pairs = [] -%}
{%- for k in plan_keys -%}
    {%- do plan_pairs.append((k, 'plan_' ~ (k | lower))) -%}
{%- endfor -%}
-- ssd_cla_care_plan from FACT_FORMS of form type CLACarePlan: one row per form. Start / end dates are
-- the latest CPStartDate / CPEndDate answers, dd/mm/yyyy text parsed portably (a start answer that is not
-- a real date, or no start answer, rejects the row; an unreadable end date too). The permanence plan JSON
-- has the keys REMAINSUP..OTHERPLN from the answers CPFUP1..CPFUP10: Y when the latest answer is a yes,
-- else N (unanswered questions are N).
with forms as (

    select * from {{ ref('stg_liquidlogic__forms') }}
    where upper(form_type_code) = 'CLACAREPLAN'

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
    where (
        upper(form_answers.answer_no) in ('CPSTARTDATE', 'CPENDDATE')
        or upper(form_answers.answer_no) like 'CPFUP%'
    )
    and form_answers.form_id is not null

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

date_parts as (

    select
        form_id,
        question,
        answer,
        length(answer) - length(replace(answer, '/', '')) as slash_count,
        {{ dbt.split_part('answer', "'/'", 1) }} as day_text,
        {{ dbt.split_part('answer', "'/'", 2) }} as month_text,
        {{ dbt.split_part('answer', "'/'", 3) }} as year_text
    from answers
    where question in ('CPSTARTDATE', 'CPENDDATE') and answer_row = 1 and answer is not null

),

date_shape as (

    select
        date_parts.*,
        (
            slash_count = 2
            and length(day_text) between 1 and 2 and translate(day_text, '0123456789', '') = ''
            and length(month_text) between 1 and 2 and translate(month_text, '0123456789', '') = ''
            and length(year_text) = 4 and translate(year_text, '0123456789', '') = ''
        ) as is_well_formed
    from date_parts

),

date_numbers as (

    select
        date_shape.*,
        case when is_well_formed then cast(day_text as integer) end as day_no,
        case when is_well_formed then cast(month_text as integer) end as month_no,
        case when is_well_formed then cast(year_text as integer) end as year_no
    from date_shape

),

date_checked as (

    select
        form_id,
        question,
        day_text,
        month_text,
        year_text,
        (
            is_well_formed
            and month_no between 1 and 12
            and day_no >= 1
            and day_no <= case
                when month_no in (4, 6, 9, 11) then 30
                when
                    month_no = 2
                    and ((mod(year_no, 4) = 0 and mod(year_no, 100) <> 0) or mod(year_no, 400) = 0)
                    then 29
                when month_no = 2 then 28
                else 31
            end
        ) as is_valid_date
    from date_numbers

),

date_values as (

    select
        form_id,
        question,
        is_valid_date,
        case
            when is_valid_date then cast(
                    cast(year_text || '-' || lpad(month_text, 2, '0') || '-' || lpad(day_text, 2, '0') as date)
                    as {{ ssd_type('timestamp') }}
                )
        end as answer_date
    from date_checked

),

plan_dates as (

    select
        form_id,
        max(case when question = 'CPSTARTDATE' then 1 else 0 end) as has_start_answer,
        max(case when not is_valid_date then 1 else 0 end) as has_bad_date,
        max(case when question = 'CPSTARTDATE' then answer_date end) as start_date,
        max(case when question = 'CPENDDATE' then answer_date end) as end_date
    from date_values
    group by form_id

),

plan_flags as (

    select
        form_id,
        {%- for k in plan_keys %}
            coalesce(max(case when question = 'CPFUP{{ loop.index }}' then {{ ssd_yn('answer') }} end), 'N')
                as plan_{{ k | lower }},
        {%- endfor %}
        count(*) as n_answers
    from answers
    where question like 'CPFUP%' and answer_row = 1
    group by form_id

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
        plan_dates.has_start_answer,
        plan_dates.has_bad_date,
        plan_dates.start_date,
        plan_dates.end_date,
        {%- for k in plan_keys %}
            coalesce(plan_flags.plan_{{ k | lower }}, 'N') as plan_{{ k | lower }},
        {%- endfor %}
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join plan_dates
        on numbered.form_id = plan_dates.form_id
    left join plan_flags
        on numbered.form_id = plan_flags.form_id
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        form_id as lacp_table_id,
        person_id as lacp_person_id,
        start_date as lacp_cla_care_plan_start_date,
        end_date as lacp_cla_care_plan_end_date,
        {{ ssd_json_object(plan_pairs) }} as lacp_cla_care_plan_json,
        'FACT_FORMS' as _source_table,
        form_key as _source_key,
        case
            when form_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when has_bad_date = 1 then 'unparseable_care_plan_date'
            when has_start_answer is null then 'missing_start_date'
        end as _dq_reason
    from joined

)

select * from final
