-- ssd_cin_visits: one row per instance of the Child: Visit form (design 7b04f2b4-...) with sub-name Child
-- in need or Family Help (CP and child-in-care visits are other sub-names). SSD-bound rows: COMPLETE forms
-- of people in ssd_person with a visit date (AnnexAReturn_dateOfVisit). Visits are not restricted to CIN
-- plan periods (the extract's inner join dropped visits in open plans). Seen: Yes -> Y, other answers N;
-- seen alone: 'Child seen alone' -> Y, other answers N. Bedroom seen: no source in Eclipse (null).
with forms as (

    select * from {{ ref('int_eclipse__form_instances') }}
    where design_guid = '7b04f2b4-1170-44a2-8f2f-111d51d8a90f'
        and design_subname in ('child in need', 'family help')

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

final as (

    select
        forms.instance_id as cinv_cin_visit_id,
        forms.person_id as cinv_person_id,
        forms.annexareturn_dateofvisit as cinv_cin_visit_date,
        {{ eclipse_answer_is('forms.annexareturn_wasthechildseen', 'yes') }} as cinv_cin_visit_seen,
        {{ eclipse_answer_is('forms.annexareturn_wasthechildseenalone', 'child seen alone') }}
            as cinv_cin_visit_seen_alone,
        cast(null as {{ ssd_type('string') }}) as cinv_cin_visit_bedroom,
        'FORMANSWERPERSONVIEW' as _source_table,
        forms.instance_id as _source_key,
        case
            when coalesce(forms.instance_state, '') <> 'COMPLETE' then 'form_not_complete'
            when people.pers_person_id is null then 'person_not_in_ssd_person'
            when forms.annexareturn_dateofvisit is null then 'missing_visit_date'
        end as _dq_reason
    from forms
    left join people
        on forms.person_id = people.pers_person_id

)

select * from final
