-- ssd_missing: one row per Missing, child reported missing form (design e112bee8-...). The controls carry a
-- page suffix and are read by prefix (DATECHILDLASTSEEN%, FOUNDREPORTDATE%, ABSENCETYPE%,
-- HASARETURNHOMEINTERVIEWBEENOFFERED%, HASTHERETURNHOMEINTERVIEWBEENACCEPTED%). Type: 'Missing' -> M, 'Away...'
-- -> A; return interview offered / accepted: Yes -> Y, No -> N, Not applicable -> NA (the extract passes the
-- raw text). SSD-bound rows: COMPLETE forms of people in ssd_person with a start date and a known type.
with forms as (

    select * from {{ ref('int_eclipse__form_instances') }}
    where design_guid = 'e112bee8-4f50-4904-8ebc-842e2fd33994'

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

recoded as (

    select
        forms.*,
        people.pers_person_id,
        case
            when lower(forms.missing_absence_type) = 'missing' then 'M'
            when lower(forms.missing_absence_type) like 'away%' then 'A'
        end as episode_type,
        case
            when lower(forms.missing_rhi_offered) = 'yes' then 'Y'
            when lower(forms.missing_rhi_offered) = 'no' then 'N'
            when lower(forms.missing_rhi_offered) = 'not applicable' then 'NA'
        end as rhi_offered,
        case
            when lower(forms.missing_rhi_accepted) = 'yes' then 'Y'
            when lower(forms.missing_rhi_accepted) = 'no' then 'N'
            when lower(forms.missing_rhi_accepted) = 'not applicable' then 'NA'
        end as rhi_accepted
    from forms
    left join people
        on forms.person_id = people.pers_person_id

),

final as (

    select
        instance_id as miss_table_id,
        person_id as miss_person_id,
        missing_start_date as miss_missing_episode_start_date,
        episode_type as miss_missing_episode_type,
        missing_end_date as miss_missing_episode_end_date,
        rhi_offered as miss_missing_rhi_offered,
        rhi_accepted as miss_missing_rhi_accepted,
        'FORMANSWERPERSONVIEW' as _source_table,
        instance_id as _source_key,
        case
            when coalesce(instance_state, '') <> 'COMPLETE' then 'form_not_complete'
            when pers_person_id is null then 'person_not_in_ssd_person'
            when missing_start_date is null then 'missing_start_date'
            when episode_type is null then 'unknown_missing_status'
        end as _dq_reason
    from recoded

)

select * from final
