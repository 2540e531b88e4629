-- ssd_cp_visits: one row per Child: Visit form (design 7b04f2b4-...) with sub-name 'Child Protection' (the
-- extract matches 'Child Protection ' with its trailing space; sub-names are trimmed here). CP plan: the
-- child's plan in ssd_cp_plans (merged id, not the raw assignment id) whose period contains the visit date
-- (open plans included). Seen / seen alone as for CIN visits; bedroom: no source in Eclipse (null).
-- SSD-bound rows: COMPLETE forms of people in ssd_person with a visit date, inside a CP plan.
with forms as (

    select * from {{ ref('int_eclipse__form_instances') }}
    where design_guid = '7b04f2b4-1170-44a2-8f2f-111d51d8a90f'
        and design_subname = 'child protection'

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

plans as (

    {{ eclipse_cp_plan_at('forms', 'instance_id', 'annexareturn_dateofvisit') }}

),

final as (

    select
        forms.instance_id as cppv_cp_visit_id,
        forms.person_id as cppv_person_id,
        plans.cppl_cp_plan_id as cppv_cp_plan_id,
        forms.annexareturn_dateofvisit as cppv_cp_visit_date,
        {{ eclipse_answer_is('forms.annexareturn_wasthechildseen', 'yes') }} as cppv_cp_visit_seen,
        {{ eclipse_answer_is('forms.annexareturn_wasthechildseenalone', 'child seen alone') }}
            as cppv_cp_visit_seen_alone,
        cast(null as {{ ssd_type('string') }}) as cppv_cp_visit_bedroom,
        'FORMANSWERPERSONVIEW' as _source_table,
        forms.instance_id as _source_key,
        case
            when coalesce(forms.instance_state, '') <> 'COMPLETE' then 'form_not_complete'
            when people.pers_person_id is null then 'person_not_in_ssd_person'
            when forms.annexareturn_dateofvisit is null then 'missing_visit_date'
            when plans.cppl_cp_plan_id is null then 'cp_visit_not_linked_to_plan'
        end as _dq_reason
    from forms
    left join plans
        on forms.instance_id = plans.instance_id
    left join people
        on forms.person_id = people.pers_person_id

)

select * from final
