-- ssd_legal_status from FACT_LEGAL_STATUS: one row per raw row. The HDM holds only the legal status
-- description; it is recoded to the 903 LS code through dfe__903_legal_status (trimmed, lower case).
-- An unrecognised description rejects the row (the 903 and Annex A need the code).
with legal_statuses as (

    select * from {{ ref('stg_liquidlogic__legal_statuses') }}

),

codes as (

    select
        code,
        lower(trim(description)) as description_key
    from {{ ref('dfe__903_legal_status') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        legal_statuses.*,
        {{ ssd_key_row('legal_statuses', 'legal_status_key') }} as key_row,
        {{ ssd_key_conflict('legal_statuses', 'legal_status_key') }} as key_conflict
    from legal_statuses

),

joined as (

    select
        numbered.*,
        codes.code as legal_status_code,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join codes
        on lower(numbered.legal_status_description) = codes.description_key
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        legal_status_id as lega_legal_status_id,
        person_id as lega_person_id,
        legal_status_code as lega_legal_status,
        start_date as lega_legal_status_start_date,
        end_date as lega_legal_status_end_date,
        'FACT_LEGAL_STATUS' as _source_table,
        legal_status_key as _source_key,
        case
            when legal_status_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when legal_status_description is not null and legal_status_code is null
                then 'unknown_legal_status_description'
        end as _dq_reason
    from joined

)

select * from final
