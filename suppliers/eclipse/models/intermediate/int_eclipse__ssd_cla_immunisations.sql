-- ssd_cla_immunisations: one row per 903 health form (design 0438ab4f-...) with sub-name Immunisation check.
-- The SSD keeps one row per child (its key is the person): the child's latest form by 903Return_dateOfCheckImm
-- (ties: highest instance id); the child's older forms are quarantined as superseded_immunisation_status (the
-- extract kept them all, duplicating the key). Status: the first character of 903Return_ImmunisationsComplete
-- (Y / N). SSD-bound rows: COMPLETE forms of people in ssd_person.
with forms as (

    select * from {{ ref('int_eclipse__form_instances') }}
    where design_guid = '0438ab4f-0d93-40d3-ab73-f97455646041'
        and design_subname = 'immunisation check'

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

ranked as (

    select
        forms.*,
        people.pers_person_id,
        row_number() over (
            partition by forms.person_id, coalesce(forms.instance_state, '') = 'COMPLETE'
            order by forms.r903_return_dateofcheckimm desc, cast(forms.instance_id as bigint) desc
        ) as person_row
    from forms
    left join people
        on forms.person_id = people.pers_person_id

),

final as (

    select
        person_id as clai_person_id,
        upper(substr(r903_return_immunisationscomplete, 1, 1)) as clai_immunisations_status,
        r903_return_dateofcheckimm as clai_immunisations_status_date,
        'FORMANSWERPERSONVIEW' as _source_table,
        instance_id as _source_key,
        case
            when coalesce(instance_state, '') <> 'COMPLETE' then 'form_not_complete'
            when pers_person_id is null then 'person_not_in_ssd_person'
            when person_row > 1 then 'superseded_immunisation_status'
        end as _dq_reason
    from ranked

)

select * from final
