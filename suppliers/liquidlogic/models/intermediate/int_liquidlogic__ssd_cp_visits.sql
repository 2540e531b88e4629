-- ssd_cp_visits: one row per FACT_CASENOTES row whose type is a CP statutory visit (seed
-- liquidlogic__casenote_types_care, ssd_use = cp_visit). That type filter is this model's scope on the
-- shared case-note table (other types belong to other SSD tables). The plan comes from FACT_CP_VISIT.
with casenotes as (

    select * from {{ ref('stg_liquidlogic__casenotes') }}

),

casenote_types as (

    select upper(code) as type_key from {{ ref('liquidlogic__casenote_types_care') }}
    where ssd_use = 'cp_visit'

),

cp_visit_links as (

    select * from {{ ref('stg_liquidlogic__cp_visits') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

cp_visit_notes as (

    select casenotes.*
    from casenotes
    inner join casenote_types
        on upper(casenotes.casenote_type_code) = casenote_types.type_key

),

-- FACT_CP_VISIT can repeat a case note (re-extracted rows): keep one link per case note.
link_once as (

    select
        casenote_id,
        cp_plan_id,
        row_number() over (partition by casenote_id order by cp_visit_key) as link_row
    from cp_visit_links
    where casenote_id is not null and cp_plan_id is not null

),

numbered as (

    select
        cp_visit_notes.*,
        {{ ssd_key_row('cp_visit_notes', 'casenote_id') }} as key_row,
        {{ ssd_key_conflict('cp_visit_notes', 'casenote_id') }} as key_conflict
    from cp_visit_notes

),

joined as (

    select
        numbered.*,
        link_once.cp_plan_id,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join link_once
        on numbered.casenote_id = link_once.casenote_id
            and link_once.link_row = 1
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        casenote_id as cppv_cp_visit_id,
        person_id as cppv_person_id,
        cp_plan_id as cppv_cp_plan_id,
        event_date as cppv_cp_visit_date,
        seen_flag as cppv_cp_visit_seen,
        seen_alone_flag as cppv_cp_visit_seen_alone,
        seen_bedroom_flag as cppv_cp_visit_bedroom,
        'FACT_CASENOTES' as _source_table,
        cast(casenote_id as {{ ssd_type('string') }}) as _source_key,
        case
            when casenote_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when cp_plan_id is null then 'cp_visit_not_linked_to_plan'
        end as _dq_reason
    from joined

)

select * from final
