-- ssd_cla_episodes from FACT_CARE_EPISODES with its period of care (FACT_CLA): one row per raw episode.
-- Start reason: the HDM holds the RNE description, recoded through dfe__903_reason_new_episode; ceased
-- reason: the REC code column CARE_REASON_END_CODE (never the description). Last IRO contact: the
-- person's latest IRO case note (seed liquidlogic__casenote_types_care, ssd_use = iro_contact).
with episodes as (

    select * from {{ ref('stg_liquidlogic__care_episodes') }}

),

periods_of_care as (

    select * from {{ ref('stg_liquidlogic__periods_of_care') }}

),

casenotes as (

    select * from {{ ref('stg_liquidlogic__casenotes') }}

),

iro_types as (

    select upper(code) as type_key from {{ ref('liquidlogic__casenote_types_care') }}
    where ssd_use = 'iro_contact'

),

start_reasons as (

    select
        code,
        lower(trim(description)) as description_key
    from {{ ref('dfe__903_reason_new_episode') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

period_once as (

    select
        period_of_care_id,
        referral_id,
        entered_care_date,
        row_number() over (partition by period_of_care_id order by period_of_care_key) as period_row
    from periods_of_care
    where period_of_care_id is not null

),

last_iro_contact as (

    select
        casenotes.person_id,
        max(casenotes.event_date) as last_iro_contact_date
    from casenotes
    inner join iro_types
        on upper(casenotes.casenote_type_code) = iro_types.type_key
    where casenotes.person_id is not null
    group by casenotes.person_id

),

numbered as (

    select
        episodes.*,
        {{ ssd_key_row('episodes', 'care_episode_key') }} as key_row,
        {{ ssd_key_conflict('episodes', 'care_episode_key') }} as key_conflict
    from episodes

),

joined as (

    select
        numbered.*,
        period_once.period_of_care_id as found_period_of_care_id,
        period_once.referral_id,
        period_once.entered_care_date,
        start_reasons.code as start_reason_code,
        last_iro_contact.last_iro_contact_date,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join period_once
        on numbered.period_of_care_id = period_once.period_of_care_id
            and period_once.period_row = 1
    left join start_reasons
        on lower(numbered.start_reason_description) = start_reasons.description_key
    left join last_iro_contact
        on numbered.person_id = last_iro_contact.person_id
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        care_episode_id as clae_cla_episode_id,
        person_id as clae_person_id,
        start_date as clae_cla_episode_start_date,
        start_reason_code as clae_cla_episode_start_reason,
        primary_need_code as clae_cla_primary_need_code,
        end_date as clae_cla_episode_ceased_date,
        end_reason_code as clae_cla_episode_ceased_reason,
        period_of_care_id as clae_cla_id,
        referral_id as clae_referral_id,
        placement_id as clae_cla_placement_id,
        entered_care_date as clae_entered_care_date,
        last_iro_contact_date as clae_cla_last_iro_contact_date,
        'FACT_CARE_EPISODES' as _source_table,
        care_episode_key as _source_key,
        case
            when care_episode_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when period_of_care_id is not null and found_period_of_care_id is null
                then 'period_of_care_not_found'
            when start_reason_description is not null and start_reason_code is null
                then 'unknown_episode_start_reason'
        end as _dq_reason
    from joined

)

select * from final
