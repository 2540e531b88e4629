-- ssd_cla_substance_misuse from FACT_SUBSTANCE_MISUSE: one row per raw row (no window). The substance
-- is our own code (upper case); intervention received is ACCEPT_FLAG as Y/N.
with substance_misuse as (

    select * from {{ ref('stg_liquidlogic__substance_misuse') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        substance_misuse.*,
        {{ ssd_key_row('substance_misuse', 'substance_misuse_key') }} as key_row,
        {{ ssd_key_conflict('substance_misuse', 'substance_misuse_key') }} as key_conflict
    from substance_misuse

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
        substance_misuse_id as clas_substance_misuse_id,
        person_id as clas_person_id,
        misuse_date as clas_substance_misuse_date,
        substance_code as clas_substance_misused,
        intervention_received_flag as clas_intervention_received,
        'FACT_SUBSTANCE_MISUSE' as _source_table,
        substance_misuse_key as _source_key,
        case
            when substance_misuse_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from joined

)

select * from final
