-- ssd_early_help_episodes: one row per FACT_CAF_EPISODE row (no window); SSD-bound rows belong to people
-- in ssd_person. The allocated worker has no source in Liquidlogic (null).
with episodes as (

    select * from {{ ref('stg_liquidlogic__caf_episodes') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        episodes.*,
        {{ ssd_key_row('episodes', 'caf_episode_key') }} as key_row,
        {{ ssd_key_conflict('episodes', 'caf_episode_key') }} as key_conflict
    from episodes

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
        caf_episode_id as earl_episode_id,
        person_id as earl_person_id,
        start_date as earl_episode_start_date,
        end_date as earl_episode_end_date,
        start_reason as earl_episode_reason,
        end_reason_code as earl_episode_end_reason,
        organisation_code as earl_episode_organisation,
        cast(null as {{ ssd_type('string') }}) as earl_episode_worker_id,
        'FACT_CAF_EPISODE' as _source_table,
        caf_episode_key as _source_key,
        case
            when caf_episode_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from joined

)

select * from final
