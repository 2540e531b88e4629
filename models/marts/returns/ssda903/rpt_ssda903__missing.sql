{#-
    SSDA903 Missing: one row per missing (M) or away-without-authorisation (A) period that overlaps the
    reporting year (MIS_START on or before 31 March, end blank or on or after 1 April; 570) and starts
    inside a period of care (on or after an episode's start and not after its end: 578, 581), for children
    sent in Episodes. A period still open at 31 March, or that ended after it, is sent with MIS_END blank
    (571).
-#}

-- DfE column names are upper case and must stay quoted (PostgreSQL folds unquoted names to lower case).
-- noqa: disable=RF06

with

missing as (
    select * from {{ ref('ssd_missing') }}
),

care_episodes as (
    select * from {{ ref('ssd_cla_episodes') }}
),

people as (
    select * from {{ ref('ssd_person') }}
),

episodes_children as (
    select distinct "CHILD" from {{ ref('rpt_ssda903__episodes') }}
),

in_year as (
    select
        miss_table_id,
        miss_person_id,
        miss_missing_episode_type,
        cast(miss_missing_episode_start_date as date) as mis_start,
        cast(miss_missing_episode_end_date as date) as mis_end
    from missing
    where {{ ssd_overlaps_period('miss_missing_episode_start_date', 'miss_missing_episode_end_date') }}
),

in_care as (
    select distinct in_year.miss_table_id
    from in_year
    inner join care_episodes
        on
            in_year.miss_person_id = care_episodes.clae_person_id
            and cast(care_episodes.clae_cla_episode_start_date as date) <= in_year.mis_start
            and (
                care_episodes.clae_cla_episode_ceased_date is null
                or cast(care_episodes.clae_cla_episode_ceased_date as date) >= in_year.mis_start
            )
),

final as (
    select
        in_year.miss_person_id as "CHILD",
        cast(people.pers_dob as date) as "DOB",
        in_year.miss_missing_episode_type as "MISSING",
        in_year.mis_start as "MIS_START",
        case when in_year.mis_end <= {{ ssd_fy_end() }} then in_year.mis_end end as "MIS_END"
    from in_year
    inner join in_care
        on in_year.miss_table_id = in_care.miss_table_id
    inner join episodes_children
        on in_year.miss_person_id = episodes_children."CHILD"
    left join people
        on in_year.miss_person_id = people.pers_person_id
)

select * from final
