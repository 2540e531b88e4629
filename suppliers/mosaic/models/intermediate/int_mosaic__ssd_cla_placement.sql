-- ssd_cla_placement: one row per DM_PLACEMENTS row (PLACEMENT_ID + SPLIT_NUMBER). Only a placement's latest
-- split is the SSD placement; earlier splits are quarantined (superseded_placement_split). Type (903 PLACE),
-- URN, provider (PR0-PR5), postcode (upper case) and change reason as stored; period = PERIOD_OF_CARE_ID;
-- the person is carried (the extract dropped it). No distance source (null, renderer CANNOT_CARRY).
with placements as (

    select
        *,
        row_number() over (
            partition by placement_id order by split_number desc
        ) as split_rank
    from {{ ref('stg_mosaic__dm_placements') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        placements.placement_id as clap_cla_placement_id,
        placements.start_date as clap_cla_placement_start_date,
        upper(placements.placement_type) as clap_cla_placement_type,
        upper(placements.ofsted_urn) as clap_cla_placement_urn,
        cast(null as {{ ssd_type('float') }}) as clap_cla_placement_distance,
        placements.period_of_care_id as clap_cla_id,
        upper(placements.cin_provider_category_code) as clap_cla_placement_provider,
        upper(placements.post_code) as clap_cla_placement_postcode,
        placements.end_date as clap_cla_placement_end_date,
        upper(placements.reason_for_placement_change) as clap_cla_placement_change_reason,
        placements.person_id as clap_person_id,
        'DM_PLACEMENTS' as _source_table,
        {{ dbt.concat([
            "placements.placement_id", "'.'", "cast(placements.split_number as " ~ ssd_type("string") ~ ")",
        ]) }} as _source_key,
        case
            when placements.placement_id is null then 'missing_key'
            when placements.split_rank > 1 then 'superseded_placement_split'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when placements.start_date is null then 'missing_start_date'
        end as _dq_reason
    from placements
    left join scope
        on placements.person_id = scope.person_id

)

select * from final
