-- ssd_cin_visits: one row per FACT_CASENOTES row whose type is a CIN visit (seed
-- liquidlogic__casenote_types_cin). That type filter is this model's scope on the shared case-note table:
-- CP visits, CLA visits and IRO contacts belong to other SSD tables, so row conservation for
-- FACT_CASENOTES is counted here on CIN-visit types only. SSD-bound rows have a visit date (the day of
-- EVENT_DTTM) and belong to people in ssd_person. Seen flags are Y/N (YES/TRUE/1 accepted; else null).
with casenotes as (

    select * from {{ ref('stg_liquidlogic__casenotes') }}

),

cin_visit_types as (

    select upper(trim(cast(code as {{ ssd_type('string') }}))) as type_key
    from {{ ref('liquidlogic__casenote_types_cin') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

cin_visit_notes as (

    select casenotes.*
    from casenotes
    inner join cin_visit_types
        on casenotes.casenote_type_code = cin_visit_types.type_key

),

numbered as (

    select
        cin_visit_notes.*,
        {{ ssd_key_row('cin_visit_notes', 'casenote_key') }} as key_row,
        {{ ssd_key_conflict('cin_visit_notes', 'casenote_key') }} as key_conflict
    from cin_visit_notes

),

joined as (

    select
        numbered.*,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        casenote_id as cinv_cin_visit_id,
        person_id as cinv_person_id,
        event_date as cinv_cin_visit_date,
        seen_flag as cinv_cin_visit_seen,
        seen_alone_flag as cinv_cin_visit_seen_alone,
        seen_bedroom_flag as cinv_cin_visit_bedroom,
        'FACT_CASENOTES' as _source_table,
        casenote_key as _source_key,
        case
            when casenote_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when event_date is null then 'missing_visit_date'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from joined

)

select * from final
