-- ssd_family: one row per FACT_CONTACTS row; the SSD-bound row per person is their earliest contact
-- (by contact day, then FACT_CONTACT_ID) among contacts that have a date, a unique key and a person in
-- ssd_person: its EXTERNAL_ID is fami_table_id and its DIM_LOOKUP_FAMILYOFRESIDENCE_ID the family id.
-- Later contacts are kept here with reason not_earliest_contact_for_person (they are in ssd_contacts).
with contacts as (

    select * from {{ ref('stg_liquidlogic__contacts') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        contacts.*,
        row_number() over (partition by contacts.contact_key order by contacts.contact_dttm) as key_row
    from contacts

),

checked as (

    select
        numbered.*,
        case
            when numbered.contact_id is null then 'missing_key'
            when numbered.key_row > 1 then 'duplicate_key'
            when numbered.contact_date is null then 'missing_contact_date'
            when ssd_person.pers_person_id is null then 'person_not_in_ssd_person'
        end as contact_reason
    from numbered
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

ranked as (

    select
        checked.*,
        row_number() over (
            partition by checked.person_id, case when checked.contact_reason is null then 0 else 1 end
            order by checked.contact_date, cast(checked.contact_id as bigint)
        ) as contact_rank
    from checked

),

final as (

    select
        external_id as fami_table_id,
        family_of_residence_id as fami_family_id,
        person_id as fami_person_id,
        'FACT_CONTACTS' as _source_table,
        contact_key as _source_key,
        case
            when contact_reason is not null then contact_reason
            when contact_rank > 1 then 'not_earliest_contact_for_person'
            when family_of_residence_id is null then 'missing_family_of_residence'
        end as _dq_reason
    from ranked

)

select * from final
