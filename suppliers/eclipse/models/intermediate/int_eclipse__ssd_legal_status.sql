-- ssd_legal_status: one row per CLAEPISODEOFCAREVIEW row. Eclipse has no legal-status record of its own: every
-- 903 episode of care carries the LEGALSTATUS in force on its start, and a change of legal status starts a new
-- episode. Within a period of care, consecutive episodes with the same legal status are one legal-status period
-- (the extract's merge): its id is the EPISODEOFCAREID of the episode that starts it (the extract's id scheme,
-- not the SSD's own numbering), start = that episode's start, end = the last episode's end (null while open).
-- The period's later episodes are quarantined as continues_legal_status. SSD-bound rows: people in ssd_person,
-- in a known period of care, with a legal status.
with episodes as (

    select * from {{ ref('stg_eclipse__care_episodes') }}

),

key_counts as (

    select
        episode_key,
        count(*) as key_rows
    from episodes
    group by episode_key

),

periods as (

    select distinct period_of_care_id
    from {{ ref('stg_eclipse__periods_of_care') }}
    where period_of_care_id is not null

),

live as (

    select
        episodes.*,
        lag(episodes.legal_status) over (
            partition by episodes.person_id, episodes.period_of_care_id
            order by episodes.start_date, episodes.episode_key
        ) as previous_status,
        row_number() over (
            partition by episodes.person_id, episodes.period_of_care_id
            order by episodes.start_date, episodes.episode_key
        ) as episode_no
    from episodes
    inner join key_counts
        on episodes.episode_key = key_counts.episode_key and key_counts.key_rows = 1
    where
        episodes.episode_id is not null
        and episodes.person_id is not null
        and episodes.period_of_care_id is not null
        and episodes.start_date is not null
        and episodes.legal_status is not null

),

runs as (

    select
        live.*,
        sum(case when episode_no = 1 or previous_status <> legal_status then 1 else 0 end) over (
            partition by person_id, period_of_care_id order by start_date, episode_key
            rows between unbounded preceding and current row
        ) as run_no
    from live

),

first_episodes as (

    select
        person_id,
        period_of_care_id,
        run_no,
        episode_id as status_id
    from runs
    where episode_no = 1 or previous_status <> legal_status

),

statuses as (

    select
        runs.person_id,
        runs.period_of_care_id,
        runs.run_no,
        min(runs.start_date) as status_start,
        case when count(*) = count(runs.end_date) then max(runs.end_date) end as status_end
    from runs
    group by runs.person_id, runs.period_of_care_id, runs.run_no

),

members as (

    select
        runs.episode_key,
        first_episodes.status_id,
        statuses.status_start,
        statuses.status_end
    from runs
    inner join statuses
        on
            runs.person_id = statuses.person_id
            and runs.period_of_care_id = statuses.period_of_care_id
            and runs.run_no = statuses.run_no
    inner join first_episodes
        on
            runs.person_id = first_episodes.person_id
            and runs.period_of_care_id = first_episodes.period_of_care_id
            and runs.run_no = first_episodes.run_no

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

final as (

    select
        members.status_id as lega_legal_status_id,
        episodes.person_id as lega_person_id,
        episodes.legal_status as lega_legal_status,
        members.status_start as lega_legal_status_start_date,
        members.status_end as lega_legal_status_end_date,
        'CLAEPISODEOFCAREVIEW' as _source_table,
        episodes.episode_key as _source_key,
        case
            when episodes.episode_id is null then 'missing_key'
            when key_counts.key_rows > 1 then 'duplicate_key'
            when people.pers_person_id is null then 'person_not_in_ssd_person'
            when periods.period_of_care_id is null then 'period_of_care_not_found'
            when episodes.legal_status is null then 'missing_legal_status'
            when episodes.start_date is null then 'missing_start_date'
            when members.status_id <> episodes.episode_id then 'continues_legal_status'
        end as _dq_reason
    from episodes
    left join members
        on episodes.episode_key = members.episode_key
    left join key_counts
        on episodes.episode_key = key_counts.episode_key
    left join periods
        on episodes.period_of_care_id = periods.period_of_care_id
    left join people
        on episodes.person_id = people.pers_person_id

)

select * from final
