-- ssd_cla_placement: one row per CLAEPISODEOFCAREVIEW row. A placement (PLACEMENTADDRESSID) spans the
-- consecutive episodes it is open on: its first episode is the SSD row (start = the first episode's start,
-- end = the last episode's end, null while any is open) and the placement's later episodes are quarantined
-- as merged_into_earlier_period. Type: PLACEMENTTYPECODE recoded through seed eclipse__placement_type;
-- provider: PLACEMENTPROVISIONCODE; postcode: PLACEMENTPOSTCODE; change reason: PLACEMENTCHANGEREASONCODE of
-- the placement's last episode. URN: Eclipse holds a UPRN there, not the Ofsted URN, and the distance is
-- computed by the extract from geocodes: both null here. SSD-bound rows: people in ssd_person.
with episodes as (

    select * from {{ ref('stg_eclipse__care_episodes') }}

),

placements as (

    select
        placement_id,
        min(start_date) as placement_start,
        case when count(*) = count(end_date) then max(end_date) end as placement_end
    from episodes
    where placement_id is not null
    group by placement_id

),

ranked as (

    select
        episodes.*,
        row_number() over (
            partition by episodes.placement_id order by episodes.start_date, episodes.episode_key
        ) as first_row,
        row_number() over (
            partition by episodes.placement_id order by episodes.start_date desc, episodes.episode_key desc
        ) as last_row
    from episodes

),

last_episodes as (

    select
        placement_id,
        placement_change_reason_code
    from ranked
    where last_row = 1 and placement_id is not null

),

types as (

    select
        upper(trim(placement_type_code)) as placement_type_code,
        max(dfe_code) as dfe_code
    from {{ ref('eclipse__placement_type') }}
    group by upper(trim(placement_type_code))

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

final as (

    select
        ranked.placement_id as clap_cla_placement_id,
        placements.placement_start as clap_cla_placement_start_date,
        types.dfe_code as clap_cla_placement_type,
        cast(null as {{ ssd_type('string') }}) as clap_cla_placement_urn,
        cast(null as {{ ssd_type('float') }}) as clap_cla_placement_distance,
        ranked.period_of_care_id as clap_cla_id,
        ranked.placement_provision_code as clap_cla_placement_provider,
        ranked.placement_postcode as clap_cla_placement_postcode,
        placements.placement_end as clap_cla_placement_end_date,
        last_episodes.placement_change_reason_code as clap_cla_placement_change_reason,
        ranked.person_id as clap_person_id,
        'CLAEPISODEOFCAREVIEW' as _source_table,
        ranked.episode_key as _source_key,
        case
            when ranked.placement_id is null then 'missing_key'
            when ranked.first_row > 1 then 'merged_into_earlier_period'
            when people.pers_person_id is null then 'person_not_in_ssd_person'
            when types.dfe_code is null then 'unknown_placement_type'
        end as _dq_reason
    from ranked
    left join placements
        on ranked.placement_id = placements.placement_id
    left join last_episodes
        on ranked.placement_id = last_episodes.placement_id
    left join types
        on ranked.placement_type_code = types.placement_type_code
    left join people
        on ranked.person_id = people.pers_person_id

)

select * from final
