-- ssd_cla_reviews: one row per Child in Care: IRO decisions form (design b5c5c8d8-...). Review date: dateOfReview.
-- Review id: the INSTANCEID of the child's Independent Reviewing Officer quality-assurance form (design
-- 79f3495c-..., sub-name Child/young person in care review) dated (dateOfMeeting) on the review date; without one
-- the review has no key (quarantined; the extract wrote a NULL key). Participation: that form's short answer to
-- howWasTheChildAbleToContributeTheirViewsToTheReview (PN code). Period of care: the child's period containing the
-- review date. Due date: dateOfNextReview on the previous review's form in the same period; a period's first review
-- has no earlier form, so its due date is the statutory 20 working days (Mondays to Fridays; a weekend entry counts
-- from the next Monday) after entry to care. Cancelled: the extract writes a literal N; no source (null). Person:
-- the form's subject (the extract's table has no person column).
{%- set weekdays_only = '(select cast(null as date) as holiday_date where 1 = 0)' %}
{%- set first_due = ssd_add_working_days(
    'in_period.admission_date',
    'case when ' ~ _ssd_is_weekday('in_period.admission_date') ~ ' then 20 else 21 end',
    holidays=weekdays_only,
) %}
with forms as (

    select * from {{ ref('int_eclipse__form_instances') }}
    where design_guid = 'b5c5c8d8-5ba7-4919-a3cd-9722e8e90aaf'

),

quality_assurance as (

    select
        person_id,
        dateofmeeting,
        min(instance_id) as review_id,
        max(review_participation_code) as participation_code
    from {{ ref('int_eclipse__form_instances') }}
    where design_guid = '79f3495c-134f-4e69-b00f-7621925419f7'
        and design_subname = 'child/young person in care review'
        and instance_state = 'COMPLETE'
    group by person_id, dateofmeeting

),

periods as (

    {{ eclipse_period_of_care_at('forms', 'instance_id', 'dateofreview') }}

),

in_period as (

    select
        forms.instance_id,
        forms.person_id,
        forms.dateofreview,
        forms.dateofnextreview,
        periods.period_of_care_id,
        periods.admission_date
    from forms
    inner join periods
        on forms.instance_id = periods.instance_id

),

previous_reviews as (

    select
        instance_id,
        lag(dateofnextreview) over (
            partition by period_of_care_id order by dateofreview, instance_id
        ) as previous_next_review,
        row_number() over (partition by period_of_care_id order by dateofreview, instance_id) as review_no
    from in_period

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

final as (

    select
        quality_assurance.review_id as clar_cla_review_id,
        in_period.period_of_care_id as clar_cla_id,
        forms.person_id as clar_cla_person_id,
        case
            when previous_reviews.review_no = 1 then cast({{ first_due }} as {{ ssd_type('timestamp') }})
            else previous_reviews.previous_next_review
        end as clar_cla_review_due_date,
        forms.dateofreview as clar_cla_review_date,
        cast(null as {{ ssd_type('string') }}) as clar_cla_review_cancelled,
        quality_assurance.participation_code as clar_cla_review_participation,
        'FORMANSWERPERSONVIEW' as _source_table,
        forms.instance_id as _source_key,
        case
            when coalesce(forms.instance_state, '') <> 'COMPLETE' then 'form_not_complete'
            when people.pers_person_id is null then 'person_not_in_ssd_person'
            when quality_assurance.review_id is null then 'missing_key'
            when in_period.period_of_care_id is null then 'period_of_care_not_found'
        end as _dq_reason
    from forms
    left join in_period
        on forms.instance_id = in_period.instance_id
    left join previous_reviews
        on forms.instance_id = previous_reviews.instance_id
    left join quality_assurance
        on forms.person_id = quality_assurance.person_id
            and forms.dateofreview = quality_assurance.dateofmeeting
    left join people
        on forms.person_id = people.pers_person_id

)

select * from final
