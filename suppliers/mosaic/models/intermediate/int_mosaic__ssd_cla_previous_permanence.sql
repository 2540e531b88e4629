-- ssd_cla_previous_permanence: one row per answer to the report filter Child Previous Permanence Option
-- (Document) (DM_FILTER_FORM_ANSWERS; one per form, id = FORM_ID). LA and order date from the same form's
-- filters Child Previous Permanence LA / Option Date (Document); the date as dd/mm/yyyy text (spec nvarchar).
with options as (

    select * from {{ ref('stg_mosaic__dm_filter_form_answers') }}
    where filter_name = 'Child Previous Permanence Option (Document)'

),

same_form as (

    select
        form_id,
        max(case when filter_name = 'Child Previous Permanence LA (Document)' then text_answer end) as la,
        max(case when filter_name = 'Child Previous Permanence Option Date (Document)' then date_answer end)
            as order_date
    from {{ ref('stg_mosaic__dm_filter_form_answers') }}
    group by form_id

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        options.form_id as lapp_table_id,
        options.subject_person_id as lapp_person_id,
        case when same_form.order_date is not null then
            {{ dbt.concat([
                "lpad(cast(extract(day from same_form.order_date) as " ~ ssd_type('string') ~ "), 2, '0')", "'/'",
                "lpad(cast(extract(month from same_form.order_date) as " ~ ssd_type('string') ~ "), 2, '0')", "'/'",
                "cast(extract(year from same_form.order_date) as " ~ ssd_type('string') ~ ")",
            ]) }}
        end as lapp_previous_permanence_order_date,
        upper(options.text_answer) as lapp_previous_permanence_option,
        same_form.la as lapp_previous_permanence_la,
        'DM_FILTER_FORM_ANSWERS' as _source_table,
        options.filter_answer_id as _source_key,
        case
            when options.form_id is null then 'missing_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from options
    left join same_form
        on options.form_id = same_form.form_id
    left join scope
        on options.subject_person_id = scope.person_id

)

select * from final
