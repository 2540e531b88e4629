-- ssd_immigration_status: one row per MO_FORMS row of type IMMIGRATION (one form per status period). The
-- person is the form subgroup's PER subject; status, start and end are the form's cached answers to the
-- questions uascImmigStat, immigStatStart and immigStatEnd (the published extract joined the end date on the
-- start-date question list; corrected). Other form types feed other tables (row_conservation filters them).
with forms as (

    select * from {{ ref('stg_mosaic__mo_forms') }}
    where upper(form_type) = 'IMMIGRATION'

),

answers as (

    select
        form_id,
        max(case when question_user_code = 'uascImmigStat' then text_answer end) as status,
        max(case when question_user_code = 'immigStatStart' then date_answer end) as start_date,
        max(case when question_user_code = 'immigStatEnd' then date_answer end) as end_date
    from {{ ref('stg_mosaic__dm_cached_form_answers') }}
    group by form_id

),

subjects as (

    {{ mosaic_subgroup_person() }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        subjects.person_id as immi_person_id,
        forms.form_id as immi_immigration_status_id,
        answers.status as immi_immigration_status,
        answers.start_date as immi_immigration_status_start_date,
        answers.end_date as immi_immigration_status_end_date,
        'MO_FORMS' as _source_table,
        forms.form_id as _source_key,
        case
            when forms.form_id is null then 'missing_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when answers.start_date is null then 'missing_start_date'
        end as _dq_reason
    from forms
    left join answers
        on forms.form_id = answers.form_id
    left join subjects
        on forms.subgroup_id = subjects.subgroup_id
    left join scope
        on subjects.person_id = scope.person_id

)

select * from final
