-- ssd_contacts: one row per instance of the MASH summary and outcome form (design 8fae4e1f-...; re-point to
-- your LA's). SSD-bound rows: COMPLETE forms of people in ssd_person, with a contact date (icContactDate).
-- Source: icContactBy's short value is an LA-style code (INDSELF, POLICE, ...), not a CIN referral-source
-- code: seed eclipse__contact_source recodes it, the description is the DfE one. The outcome JSON has no
-- source in Eclipse (null).
with forms as (

    select * from {{ ref('int_eclipse__form_instances') }}
    where design_guid = '8fae4e1f-344b-4c08-93ba-8b344513198c'

),

sources as (

    select
        upper(trim(contact_sources.contact_source_code)) as contact_source_code,
        max(contact_sources.dfe_code) as dfe_code,
        max(dfe.description) as dfe_description
    from {{ ref('eclipse__contact_source') }} as contact_sources
    inner join {{ ref('dfe__cin_referral_source') }} as dfe
        on contact_sources.dfe_code = dfe.code
    group by upper(trim(contact_sources.contact_source_code))

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

final as (

    select
        forms.instance_id as cont_contact_id,
        forms.person_id as cont_person_id,
        forms.iccontactdate as cont_contact_date,
        sources.dfe_code as cont_contact_source_code,
        sources.dfe_description as cont_contact_source_desc,
        cast(null as {{ ssd_type('string') }}) as cont_contact_outcome_json,
        'FORMANSWERPERSONVIEW' as _source_table,
        forms.instance_id as _source_key,
        case
            when coalesce(forms.instance_state, '') <> 'COMPLETE' then 'form_not_complete'
            when people.pers_person_id is null then 'person_not_in_ssd_person'
            when forms.iccontactdate is null then 'missing_contact_date'
            when sources.dfe_code is null then 'unknown_contact_source'
        end as _dq_reason
    from forms
    left join sources
        on upper(forms.iccontactby_code) = sources.contact_source_code
    left join people
        on forms.person_id = people.pers_person_id

)

select * from final
