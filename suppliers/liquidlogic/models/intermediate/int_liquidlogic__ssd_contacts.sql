{%- set outcome_pairs = liquidlogic_outcome_pairs('cont_contact_outcome_json') -%}
{%- set outcome_cols = outcome_pairs | map(attribute='1') | list -%}
-- ssd_contacts: one row per FACT_CONTACTS row (no window); SSD-bound rows have a contact date and belong
-- to people in ssd_person. The contact date is the day of CONTACT_DTTM. The source is recoded to the DfE
-- referral-source list by its code (DIM_LOOKUP_CONT_SORC_ID) or, failing that, its description; the
-- description output is the DfE one. A source that matches neither rejects the row (the CIN census needs
-- it); a blank source stays null. Outcome flags become Y/N (YES/TRUE/1 accepted); a flag that is none of
-- those rejects the row rather than being read as "no". The outcome JSON is null when no flag is recorded.
with contacts as (

    select * from {{ ref('stg_liquidlogic__contacts') }}

),

sources as (

    select
        upper(code) as code,
        description
    from {{ ref('dfe__cin_referral_source') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        contacts.*,
        {{ ssd_key_row('contacts', 'contact_key') }} as key_row,
        {{ ssd_key_conflict('contacts', 'contact_key') }} as key_conflict
    from contacts

),

joined as (

    select
        numbered.*,
        coalesce(by_code.code, by_description.code) as source_code,
        coalesce(by_code.description, by_description.description) as source_description,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join sources as by_code
        on numbered.contact_source_code = by_code.code
    left join sources as by_description
        on lower(numbered.contact_source_description) = lower(by_description.description)
            and by_code.code is null
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        contact_id as cont_contact_id,
        person_id as cont_person_id,
        contact_date as cont_contact_date,
        source_code as cont_contact_source_code,
        source_description as cont_contact_source_desc,
        case
            when coalesce({{ outcome_cols | join(', ') }}) is not null
                then {{ ssd_json_object(outcome_pairs) }}
        end as cont_contact_outcome_json,
        'FACT_CONTACTS' as _source_table,
        contact_key as _source_key,
        case
            when contact_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when contact_date is null then 'missing_contact_date'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when source_code is null and (contact_source_code is not null or contact_source_description is not null)
                then 'unknown_contact_source'
            {%- for col in outcome_cols %}
                when {{ ssd_is_unrecognised_flag(col ~ '_raw') }} then 'unrecognised_outcome_flag'
            {%- endfor %}
        end as _dq_reason
    from joined

)

select * from final
