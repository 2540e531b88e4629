-- ssd_cla_health: one row per 903 health form (design 0438ab4f-...) that is not an immunisation check. Type:
-- the trimmed sub-name recoded through seed eclipse__health_check_type (Health check -> Health Assessment,
-- Dental check -> Dental Check, Health surveillance check); other check types (Optician check) are not SSD
-- check types. Date: 903Return_dateOfCheck2. Status: 903Return_HealthAssessmentTakenPlace Yes -> Completed,
-- Refused -> Refused, No -> Not Completed. SSD-bound rows: COMPLETE forms of people in ssd_person.
with forms as (

    select * from {{ ref('int_eclipse__form_instances') }}
    where design_guid = '0438ab4f-0d93-40d3-ab73-f97455646041'
        and coalesce(design_subname, '') <> 'immunisation check'

),

check_types as (

    {{ eclipse_seed_lookup('eclipse__health_check_type', 'design_subname', 'health_check_type') }}

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

final as (

    select
        forms.instance_id as clah_health_check_id,
        forms.person_id as clah_person_id,
        check_types.health_check_type as clah_health_check_type,
        forms.r903_return_dateofcheck2 as clah_health_check_date,
        case lower(forms.r903_return_healthassessmenttakenplace)
            when 'yes' then 'Completed'
            when 'refused' then 'Refused'
            when 'no' then 'Not Completed'
        end as clah_health_check_status,
        'FORMANSWERPERSONVIEW' as _source_table,
        forms.instance_id as _source_key,
        case
            when coalesce(forms.instance_state, '') <> 'COMPLETE' then 'form_not_complete'
            when people.pers_person_id is null then 'person_not_in_ssd_person'
            when check_types.health_check_type is null then 'unknown_health_check_type'
        end as _dq_reason
    from forms
    left join check_types
        on forms.design_subname = check_types.design_subname
    left join people
        on forms.person_id = people.pers_person_id

)

select * from final
