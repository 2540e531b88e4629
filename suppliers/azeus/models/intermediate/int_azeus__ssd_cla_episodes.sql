-- ssd_cla_episodes: one row per SVC_USR_LA_STATUS row. Codes are SSDA903 (RNE, REC) and CIN primary need
-- codes, checked against the DfE seeds. Azeus has no period-of-care id: a period is a run of the child's
-- SSD-bound episodes, each starting the day the previous one ended; entered care is the run's first
-- start. No period id, referral, placement or IRO contact link: null (CANNOT_CARRY).
with episodes as (

    select * from {{ ref('stg_azeus__svc_usr_la_status') }}

),

start_reasons as (

    select upper(code) as code from {{ ref('dfe__903_reason_new_episode') }}

),

needs as (

    select upper(code) as code from {{ ref('dfe__cin_primary_need') }}

),

people as (

    select pers_person_id from {{ ref('int_azeus__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        episodes.*,
        start_reasons.code as known_start_reason,
        needs.code as known_need,
        people.pers_person_id,
        row_number() over (partition by episodes.episode_id order by episodes.episode_key) as key_row
    from episodes
    left join start_reasons
        on episodes.start_reason_code = start_reasons.code
    left join needs
        on episodes.primary_need_code = needs.code
    left join people
        on episodes.person_id = people.pers_person_id

),

classified as (

    select
        numbered.*,
        case
            when episode_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when start_date is null then 'missing_start_date'
            when known_start_reason is null then 'unknown_episode_start_reason'
            when primary_need_code is not null and known_need is null then 'unknown_primary_need_code'
            when pers_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from numbered

),

previous as (

    select
        classified.*,
        lag(end_date) over (
            partition by person_id, _dq_reason order by start_date, episode_id
        ) as previous_end_date
    from classified

),

runs as (

    select
        previous.*,
        case when previous_end_date = start_date then 0 else 1 end as starts_period
    from previous

),

periods as (

    select
        runs.*,
        sum(starts_period) over (
            partition by person_id, _dq_reason order by start_date, episode_id
            rows between unbounded preceding and current row
        ) as period_number
    from runs

),

final as (

    select
        episode_id as clae_cla_episode_id,
        person_id as clae_person_id,
        start_date as clae_cla_episode_start_date,
        known_start_reason as clae_cla_episode_start_reason,
        known_need as clae_cla_primary_need_code,
        end_date as clae_cla_episode_ceased_date,
        reason_ceased_code as clae_cla_episode_ceased_reason,
        cast(null as {{ ssd_type('string') }}) as clae_cla_id,
        cast(null as {{ ssd_type('string') }}) as clae_referral_id,
        cast(null as {{ ssd_type('string') }}) as clae_cla_placement_id,
        min(start_date) over (partition by person_id, _dq_reason, period_number) as clae_entered_care_date,
        cast(null as {{ ssd_type('timestamp') }}) as clae_cla_last_iro_contact_date,
        'SVC_USR_LA_STATUS' as _source_table,
        episode_key as _source_key,
        _dq_reason
    from periods

)

select * from final
