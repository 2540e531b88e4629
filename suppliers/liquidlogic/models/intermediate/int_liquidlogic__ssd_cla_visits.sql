-- ssd_cla_visits from FACT_CLA_VISIT: one row per raw row. Date and seen flags come from the linked
-- FACT_CASENOTES row, which must be a looked-after-child statutory visit (seed
-- liquidlogic__casenote_types_care, ssd_use = cla_visit); a visit without such a case note is rejected.
with cla_visits as (

    select * from {{ ref('stg_liquidlogic__cla_visits') }}

),

casenotes as (

    select * from {{ ref('stg_liquidlogic__casenotes') }}

),

visit_types as (

    select upper(code) as type_key from {{ ref('liquidlogic__casenote_types_care') }}
    where ssd_use = 'cla_visit'

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

visit_notes as (

    select
        casenotes.casenote_id,
        casenotes.event_date,
        casenotes.seen_flag,
        casenotes.seen_alone_flag,
        row_number() over (partition by casenotes.casenote_id order by casenotes.event_date) as note_row
    from casenotes
    inner join visit_types
        on upper(casenotes.casenote_type_code) = visit_types.type_key
    where casenotes.casenote_id is not null

),

numbered as (

    select
        cla_visits.*,
        {{ ssd_key_row('cla_visits', 'cla_visit_key') }} as key_row,
        {{ ssd_key_conflict('cla_visits', 'cla_visit_key') }} as key_conflict
    from cla_visits

),

joined as (

    select
        numbered.*,
        visit_notes.casenote_id as found_casenote_id,
        visit_notes.event_date,
        visit_notes.seen_flag,
        visit_notes.seen_alone_flag,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join visit_notes
        on numbered.casenote_id = visit_notes.casenote_id
            and visit_notes.note_row = 1
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        cla_visit_id as clav_cla_visit_id,
        period_of_care_id as clav_cla_id,
        person_id as clav_person_id,
        event_date as clav_cla_visit_date,
        seen_flag as clav_cla_visit_seen,
        seen_alone_flag as clav_cla_visit_seen_alone,
        'FACT_CLA_VISIT' as _source_table,
        cla_visit_key as _source_key,
        case
            when cla_visit_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when found_casenote_id is null then 'visit_casenote_not_found'
        end as _dq_reason
    from joined

)

select * from final
