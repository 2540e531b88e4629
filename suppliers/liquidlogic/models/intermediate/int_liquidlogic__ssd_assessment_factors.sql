-- ssd_assessment_factors: one row per FACT_SINGLE_ASSESSMENT row; SSD-bound rows are assessments in
-- ssd_cin_assessments with an EXTERNAL_ID (the cinf_table_id) and at least one factor: a form answer
-- whose question (ANSWER_NO) is a CIN assessment factor code (1A..24A) answered Yes (YES/Y/TRUE/1). The
-- JSON array lists the codes in the factor seed's sort_order; "No" answers are not factors.
with assessments as (

    select * from {{ ref('stg_liquidlogic__single_assessments') }}

),

factor_codes as (

    select
        upper(code) as code,
        sort_order
    from {{ ref('dfe__cin_assessment_factors') }}

),

factor_answers as (

    select
        form_answers.form_id,
        factor_codes.code,
        factor_codes.sort_order
    from {{ ref('stg_liquidlogic__form_answers') }} as form_answers
    inner join factor_codes
        on upper(form_answers.answer_no) = factor_codes.code
    where {{ ssd_yn('form_answers.answer') }} = 'Y'
        and form_answers.form_id is not null
    group by form_answers.form_id, factor_codes.code, factor_codes.sort_order

),

factors as (

    select
        form_id,
        {{ ssd_json_array('code', order_by='sort_order') }} as factors_json
    from factor_answers
    group by form_id

),

ssd_cin_assessments as (

    select cina_assessment_id from {{ ref('int_liquidlogic__ssd_cin_assessments') }}
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
        factors.factors_json,
        ssd_cin_assessments.cina_assessment_id as in_ssd_assessment_id
    from numbered
    left join factors
        on numbered.form_id = factors.form_id
    left join ssd_cin_assessments
        on numbered.single_assessment_id = ssd_cin_assessments.cina_assessment_id

),

final as (

    select
        external_id as cinf_table_id,
        single_assessment_id as cinf_assessment_id,
        factors_json as cinf_assessment_factors_json,
        'FACT_SINGLE_ASSESSMENT' as _source_table,
        single_assessment_key as _source_key,
        case
            when single_assessment_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when step_substatus_code in ('D', 'X') then 'draft_or_cancelled_assessment'
            when in_ssd_assessment_id is null then 'assessment_not_in_ssd_cin_assessments'
            when factors_json is null then 'no_assessment_factors'
            when external_id is null then 'missing_external_id'
        end as _dq_reason
    from joined

)

select * from final
