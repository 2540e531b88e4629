-- Who is in ssd_person: one row per DIM_PERSON row with the reason it is out of scope (null = in scope).
-- A helper so that ssd_mother (which needs the scope) and ssd_person (which needs the mothers) do not
-- depend on each other. In scope: a real person (not the -1 member), a social-care client
-- (IS_CLIENT = Y; a value that is neither yes nor no is a data-quality problem), not merged into another
-- record (DUPLICATED_DTTM null), first row of its key (macros/ssd_duplicate_keys.sql).
-- Carries every staging column, so int_liquidlogic__ssd_person reads it row for row (no re-join).
with persons as (

    select * from {{ ref('stg_liquidlogic__persons') }}

),

numbered as (

    select
        persons.*,
        {{ ssd_key_row('persons', 'person_key') }} as key_row,
        {{ ssd_key_conflict('persons', 'person_key') }} as key_conflict
    from persons

),

final as (

    select
        numbered.*,
        case
            when person_id is null then 'none_member'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when duplicated_date is not null then 'merged_duplicate'
            when {{ ssd_is_unrecognised_flag('is_client_raw') }} then 'unrecognised_is_client_flag'
            when coalesce(is_client_flag, 'N') <> 'Y' then 'not_a_client'
        end as _dq_reason
    from numbered

)

select * from final
