-- One row per FACT_FORM_ANSWERS row (one answer to one question of one form), renamed and typed;
-- the answer stays text (trimmed).
with source as (

    select * from {{ source('liquidlogic', 'fact_form_answers') }}

),

renamed as (

    select
        cast(fact_form_answer_id as {{ ssd_type('string') }}) as form_answer_key,
        {{ ssd_id('fact_form_answer_id') }} as form_answer_id,
        {{ ssd_id('fact_form_id') }} as form_id,
        {{ ssd_clean_text('answer_no') }} as answer_no,
        {{ ssd_clean_text('answer') }} as answer,
        cast(answered_dttm as {{ ssd_type('timestamp') }}) as answered_date,
        {{ ssd_clean_text('dim_assessment_template_id_desc') }} as template_name
    from source

)

select * from renamed
