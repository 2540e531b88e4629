-- ssd_cla_episodes: one row per DM_CLA_SUMMARIES row (one per SSDA903 episode; the id is CLA_SUMMARY_ID,
-- not the extract's weighted-start string). Period = PERIOD_OF_CARE_ID, entered care = the period's
-- START_DATE (DM_PERIODS_OF_CARE); RNE, category of need and REC as the 903 mapping stores them; placement =
-- PLACEMENT_ID; referral = the child's referral open on the episode start; last IRO contact = the child's
-- latest completed LAC review date (the IRO chairs the review), the same on all the child's episodes.
with episodes as (

    select
        *,
        row_number() over (partition by cla_summary_id order by start_date) as key_row
    from {{ ref('stg_mosaic__dm_cla_summaries') }}

),

referral as (

    {{ mosaic_referral_at('episodes', 'cla_summary_id', 'person_id', 'start_date') }}

),

iro as (

    select
        person_id,
        max(lac_review_date) as last_review_date
    from {{ ref('int_mosaic__steps') }}
    where lac_review_category is not null and step_status = 'COMPLETED'
    group by person_id

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        episodes.cla_summary_id as clae_cla_episode_id,
        episodes.person_id as clae_person_id,
        episodes.start_date as clae_cla_episode_start_date,
        upper(episodes.reason_new_episode) as clae_cla_episode_start_reason,
        upper(episodes.category_of_need) as clae_cla_primary_need_code,
        episodes.end_date as clae_cla_episode_ceased_date,
        upper(episodes.reason_episode_ceased) as clae_cla_episode_ceased_reason,
        episodes.period_of_care_id as clae_cla_id,
        referral.referral_id as clae_referral_id,
        episodes.placement_id as clae_cla_placement_id,
        poc.start_date as clae_entered_care_date,
        iro.last_review_date as clae_cla_last_iro_contact_date,
        'DM_CLA_SUMMARIES' as _source_table,
        episodes.cla_summary_id as _source_key,
        case
            when episodes.cla_summary_id is null then 'missing_key'
            when episodes.key_row > 1 then 'duplicate_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when poc.period_of_care_id is null then 'period_of_care_not_found'
            when episodes.start_date is null then 'missing_start_date'
        end as _dq_reason
    from episodes
    left join {{ ref('stg_mosaic__dm_periods_of_care') }} as poc
        on episodes.period_of_care_id = poc.period_of_care_id
    left join referral
        on episodes.cla_summary_id = referral.event_key
    left join iro
        on episodes.person_id = iro.person_id
    left join scope
        on episodes.person_id = scope.person_id

)

select * from final
