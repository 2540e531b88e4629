-- ssd_cla_previous_permanence from FACT_FORMS of form type PrevPerm: one row per form. Option = the
-- latest PREVADOPTORD answer's SSDA903 PREV_PERM code ("P2" or "P2 - description", seed
-- dfe__903_previous_permanence; an unknown code rejects the row); LA = the INENG answer (trimmed text);
-- order date = dd/mm/yyyy text built from the ORDERDATE (day), ORDERMONTH (month name, full or
-- abbreviated, any case) and ORDERYEAR answers, null unless all three are present; a month that is
-- not a month name rejects the row. Partial dates (zz/mm/yyyy) are not produced.
with forms as (

    select * from {{ ref('stg_liquidlogic__forms') }}
    where upper(form_type_code) = 'PREVPERM'

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
    where upper(form_answers.answer_no) in ('PREVADOPTORD', 'INENG', 'ORDERDATE', 'ORDERMONTH', 'ORDERYEAR')
        and form_answers.form_id is not null

),

options as (

    select upper(code) as option_code from {{ ref('dfe__903_previous_permanence') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

pivoted as (

    select
        form_id,
        max(case when question = 'PREVADOPTORD' then answer end) as option_answer,
        max(case when question = 'INENG' then answer end) as la_answer,
        max(case when question = 'ORDERDATE' then answer end) as day_answer,
        max(case when question = 'ORDERMONTH' then answer end) as month_answer,
        max(case when question = 'ORDERYEAR' then answer end) as year_answer
    from answers
    where answer_row = 1
    group by form_id

),

parsed as (

    select
        form_id,
        la_answer,
        day_answer,
        month_answer,
        year_answer,
        upper(trim({{ dbt.split_part('option_answer', "' - '", 1) }})) as option_code,
        case lower(substr(month_answer, 1, 3))
            when 'jan' then '01'
            when 'feb' then '02'
            when 'mar' then '03'
            when 'apr' then '04'
            when 'may' then '05'
            when 'jun' then '06'
            when 'jul' then '07'
            when 'aug' then '08'
            when 'sep' then '09'
            when 'oct' then '10'
            when 'nov' then '11'
            when 'dec' then '12'
        end as month_number
    from pivoted

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
        parsed.option_code,
        parsed.month_answer,
        parsed.month_number,
        parsed.la_answer,
        options.option_code as known_option_code,
        case
            when parsed.day_answer is not null and parsed.month_number is not null and parsed.year_answer is not null
                then lpad(parsed.day_answer, 2, '0') || '/' || parsed.month_number || '/' || parsed.year_answer
        end as order_date_text,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join parsed
        on numbered.form_id = parsed.form_id
    left join options
        on parsed.option_code = options.option_code
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        form_id as lapp_table_id,
        person_id as lapp_person_id,
        order_date_text as lapp_previous_permanence_order_date,
        known_option_code as lapp_previous_permanence_option,
        la_answer as lapp_previous_permanence_la,
        'FACT_FORMS' as _source_table,
        form_key as _source_key,
        case
            when form_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when known_option_code is null then 'unknown_previous_permanence_option'
            when month_answer is not null and month_number is null then 'unparseable_previous_permanence_date'
        end as _dq_reason
    from joined

)

select * from final
