-- ssd_contacts: one row per INIT_CONT row (the spec's INIT_CONT_REFERRAL path; the ghost DDL's INIT_CONT).
-- Withdrawn contacts (STATUS Withdrawn, or a WITHDRAWN_DT) are out. CONT_SRC holds the CIN census referral
-- source code; its description comes from seed dfe__cin_referral_source. SVC_USR_REF_NO is NVARCHAR in
-- INIT_CONT (trimmed in staging). The outcome JSON has no documented Azeus source: null (CANNOT_CARRY).
with contacts as (

    select * from {{ ref('stg_azeus__init_cont') }}

),

sources as (

    select
        upper(code) as code,
        max(description) as description
    from {{ ref('dfe__cin_referral_source') }}
    group by upper(code)

),

people as (

    select pers_person_id from {{ ref('int_azeus__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        contacts.*,
        sources.code as source_code,
        sources.description as source_description,
        people.pers_person_id,
        row_number() over (partition by contacts.contact_id order by contacts.contact_key) as key_row
    from contacts
    left join sources
        on contacts.contact_source_code = sources.code
    left join people
        on contacts.person_id = people.pers_person_id

),

final as (

    select
        contact_id as cont_contact_id,
        person_id as cont_person_id,
        contact_date as cont_contact_date,
        source_code as cont_contact_source_code,
        source_description as cont_contact_source_desc,
        cast(null as {{ ssd_type('string') }}) as cont_contact_outcome_json,
        'INIT_CONT' as _source_table,
        contact_key as _source_key,
        case
            when contact_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when status = 'withdrawn' or withdrawn_at is not null then 'withdrawn_record'
            when contact_date is null then 'missing_contact_date'
            when source_code is null then 'unknown_contact_source'
            when pers_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from numbered

)

select * from final
