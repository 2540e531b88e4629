{#-
    SSDA903 Episodes: every care episode that overlaps the reporting year (DECOM on or before 31 March,
    DEC blank or on or after 1 April), as the DfE reads it at 31 March:
      * nothing that starts after 31 March (rule 354);
      * an episode that ended after 31 March is sent open: DEC, REC and REASON_PLACE_CHANGE blank (385, 148);
      * an episode that ended before 1 April is not sent (so this year's first episode is last year's
        open episode, with the same DECOM and attributes: 502, 503A-J, 562).
    CHILD is ssd_person.pers_person_id (the SSD person key), the same in every 903 table.
-#}

-- DfE column names are upper case and must stay quoted (PostgreSQL folds unquoted names to lower case).
-- noqa: disable=RF06

with

episodes as (
    select * from {{ ref('ssd_cla_episodes') }}
),

placements as (
    select * from {{ ref('ssd_cla_placement') }}
),

legal_statuses as (
    select * from {{ ref('ssd_legal_status') }}
),

addresses as (
    select * from {{ ref('ssd_address') }}
),

in_year as (
    select
        clae_cla_episode_id,
        clae_person_id,
        clae_cla_placement_id,
        clae_cla_primary_need_code,
        clae_cla_episode_start_reason,
        cast(clae_cla_episode_start_date as date) as decom,
        cast(clae_entered_care_date as date) as entered_care_date,
        case
            when cast(clae_cla_episode_ceased_date as date) <= {{ ssd_fy_end() }}
                then cast(clae_cla_episode_ceased_date as date)
        end as dec_reported,
        case
            when cast(clae_cla_episode_ceased_date as date) <= {{ ssd_fy_end() }}
                then clae_cla_episode_ceased_reason
        end as rec_reported
    from episodes
    where {{ ssd_overlaps_period('clae_cla_episode_start_date', 'clae_cla_episode_ceased_date') }}
),

-- Legal status in force on the episode's first day (the one that started latest on or before DECOM).
legal_status_at_start as (
    select
        in_year.clae_cla_episode_id,
        legal_statuses.lega_legal_status,
        row_number() over (
            partition by in_year.clae_cla_episode_id
            order by legal_statuses.lega_legal_status_start_date desc, legal_statuses.lega_legal_status_id desc
        ) as rank_latest
    from in_year
    inner join legal_statuses
        on
            in_year.clae_person_id = legal_statuses.lega_person_id
            and {{ ssd_open_at('legal_statuses.lega_legal_status_start_date',
                               'legal_statuses.lega_legal_status_end_date', 'in_year.decom') }}
),

-- Home address when the period of care began: the address that started latest on or before that day
-- and had not ended before it.
home_at_care_start as (
    select
        in_year.clae_cla_episode_id,
        addresses.addr_address_postcode,
        row_number() over (
            partition by in_year.clae_cla_episode_id
            order by addresses.addr_address_start_date desc, addresses.addr_table_id desc
        ) as rank_latest
    from in_year
    inner join addresses
        on
            in_year.clae_person_id = addresses.addr_person_id
            and cast(addresses.addr_address_start_date as date) <= in_year.entered_care_date
            and (
                addresses.addr_address_end_date is null
                or cast(addresses.addr_address_end_date as date) >= in_year.entered_care_date
            )
),

final as (
    select
        in_year.clae_person_id as "CHILD",
        in_year.decom as "DECOM",
        in_year.clae_cla_episode_start_reason as "RNE",
        legal_status_at_start.lega_legal_status as "LS",
        in_year.clae_cla_primary_need_code as "CIN",
        placements.clap_cla_placement_type as "PLACE",
        placements.clap_cla_placement_provider as "PLACE_PROVIDER",
        in_year.dec_reported as "DEC",
        in_year.rec_reported as "REC",
        -- The reason sits on the episode that ends with the placement (225): only when it ends X1 in the
        -- year on the day its placement ended (a legal-status-only change keeps the placement).
        case
            when
                in_year.rec_reported = 'X1'
                and cast(placements.clap_cla_placement_end_date as date) = in_year.dec_reported
                then placements.clap_cla_placement_change_reason
        end as "REASON_PLACE_CHANGE",
        -- Short breaks (V3/V4) carry no postcodes and no URN (214, 398).
        case
            when coalesce(legal_status_at_start.lega_legal_status, '') not in ('V3', 'V4')
                then home_at_care_start.addr_address_postcode
        end as "HOME_POST",
        case
            when coalesce(legal_status_at_start.lega_legal_status, '') not in ('V3', 'V4')
                then placements.clap_cla_placement_postcode
        end as "PL_POST",
        case
            when coalesce(legal_status_at_start.lega_legal_status, '') not in ('V3', 'V4')
                then placements.clap_cla_placement_urn
        end as "URN"
    from in_year
    left join placements
        on in_year.clae_cla_placement_id = placements.clap_cla_placement_id
    left join legal_status_at_start
        on
            in_year.clae_cla_episode_id = legal_status_at_start.clae_cla_episode_id
            and legal_status_at_start.rank_latest = 1
    left join home_at_care_start
        on
            in_year.clae_cla_episode_id = home_at_care_start.clae_cla_episode_id
            and home_at_care_start.rank_latest = 1
)

select * from final
