-- ssd_cla_visits: one row per Child: Visit form (design 7b04f2b4-...) with sub-name Child in care. Period of
-- care: the child's period (CLAPERIODOFCAREVIEW) that contains the visit date (admission on or before it,
-- discharge null or after it). Seen / seen alone as for CIN visits. SSD-bound rows: COMPLETE forms of
-- people in ssd_person with a visit date inside a period of care.
with forms as (

    select * from {{ ref('int_eclipse__form_instances') }}
    where design_guid = '7b04f2b4-1170-44a2-8f2f-111d51d8a90f'
        and design_subname = 'child in care'

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

periods as (

    {{ eclipse_period_of_care_at('forms', 'instance_id', 'annexareturn_dateofvisit') }}

),

final as (

    select
        forms.instance_id as clav_cla_visit_id,
        periods.period_of_care_id as clav_cla_id,
        forms.person_id as clav_person_id,
        forms.annexareturn_dateofvisit as clav_cla_visit_date,
        {{ eclipse_answer_is('forms.annexareturn_wasthechildseen', 'yes') }} as clav_cla_visit_seen,
        {{ eclipse_answer_is('forms.annexareturn_wasthechildseenalone', 'child seen alone') }}
            as clav_cla_visit_seen_alone,
        'FORMANSWERPERSONVIEW' as _source_table,
        forms.instance_id as _source_key,
        case
            when coalesce(forms.instance_state, '') <> 'COMPLETE' then 'form_not_complete'
            when people.pers_person_id is null then 'person_not_in_ssd_person'
            when forms.annexareturn_dateofvisit is null then 'missing_visit_date'
            when periods.period_of_care_id is null then 'period_of_care_not_found'
        end as _dq_reason
    from forms
    left join periods
        on forms.instance_id = periods.instance_id
    left join people
        on forms.person_id = people.pers_person_id

)

select * from final
