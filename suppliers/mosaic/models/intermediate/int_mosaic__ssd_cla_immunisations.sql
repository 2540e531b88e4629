-- ssd_cla_immunisations: one row per MO_FORMS row of type HEALTH_ASSESSMENT. The SSD keeps one row per
-- child: the child's latest form (CREATED_ON, then form id); earlier ones are quarantined
-- (superseded_immunisation_status). Status Y when the answer to lac.ihr09.immsuptodate is Yes, else N; the
-- status date is the answer to lac.ihr09.immsdate.
with forms as (

    select * from {{ ref('stg_mosaic__mo_forms') }}
    where upper(form_type) = 'HEALTH_ASSESSMENT'

),

subjects as (

    {{ mosaic_subgroup_person() }}

),

answers as (

    select
        form_id,
        max(case when question_user_code = 'lac.ihr09.immsuptodate' then {{ ssd_yn('text_answer') }} end) as status,
        max(case when question_user_code = 'lac.ihr09.immsdate' then date_answer end) as status_date
    from {{ ref('stg_mosaic__dm_cached_form_answers') }}
    group by form_id

),

ranked as (

    select
        forms.form_id,
        subjects.person_id,
        answers.status,
        answers.status_date,
        row_number() over (
            partition by subjects.person_id order by forms.created_on desc, cast(forms.form_id as bigint) desc
        ) as latest
    from forms
    left join subjects
        on forms.subgroup_id = subjects.subgroup_id
    left join answers
        on forms.form_id = answers.form_id

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        ranked.person_id as clai_person_id,
        coalesce(ranked.status, 'N') as clai_immunisations_status,
        ranked.status_date as clai_immunisations_status_date,
        'MO_FORMS' as _source_table,
        ranked.form_id as _source_key,
        case
            when ranked.form_id is null then 'missing_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when ranked.latest > 1 then 'superseded_immunisation_status'
        end as _dq_reason
    from ranked
    left join scope
        on ranked.person_id = scope.person_id

)

select * from final
