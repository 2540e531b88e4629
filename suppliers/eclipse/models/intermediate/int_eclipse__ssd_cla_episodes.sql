-- ssd_cla_episodes: one row per CLAEPISODEOFCAREVIEW row. Start / end reasons are the 903 RNE / REC codes;
-- the category of need is text recoded through seed eclipse__primary_need. Entered care: the period of care's
-- ADMISSIONDATE (CLAPERIODOFCAREVIEW). Referral: the child's latest referral in ssd_cin_episodes dated on or
-- before the episode start (the referral form's INSTANCEID, as ssd_cin_episodes uses). Last IRO contact: the
-- latest dateOfMeeting on the child's Child: IRO Review Record forms (design 2d9d174f-...), the same on all
-- the child's episodes. SSD-bound rows: people in ssd_person, in a known period of care.
with episodes as (

    select * from {{ ref('stg_eclipse__care_episodes') }}

),

periods as (

    select
        period_of_care_id,
        min(admission_date) as admission_date
    from {{ ref('stg_eclipse__periods_of_care') }}
    where period_of_care_id is not null
    group by period_of_care_id

),

needs as (

    {{ eclipse_seed_lookup('eclipse__primary_need', 'answer_text', 'dfe_code') }}

),

iro_contacts as (

    select
        person_id,
        max(dateofmeeting) as last_contact
    from {{ ref('int_eclipse__form_instances') }}
    where design_guid = '2d9d174f-77ed-40bd-ac2b-cae8015ad799' and instance_state = 'COMPLETE'
    group by person_id

),

referrals as (

    {{ eclipse_latest_referral('episodes', 'episode_key', 'start_date') }}

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        episodes.*,
        periods.period_of_care_id as known_period,
        periods.admission_date,
        needs.dfe_code as need_code,
        iro_contacts.last_contact,
        referrals.cine_referral_id,
        people.pers_person_id,
        row_number() over (partition by episodes.episode_key order by episodes.start_date) as key_row
    from episodes
    left join periods
        on episodes.period_of_care_id = periods.period_of_care_id
    left join needs
        on lower(episodes.category_of_need) = needs.answer_text
    left join iro_contacts
        on episodes.person_id = iro_contacts.person_id
    left join referrals
        on episodes.episode_key = referrals.episode_key
    left join people
        on episodes.person_id = people.pers_person_id

),

final as (

    select
        episode_id as clae_cla_episode_id,
        person_id as clae_person_id,
        start_date as clae_cla_episode_start_date,
        start_reason_code as clae_cla_episode_start_reason,
        need_code as clae_cla_primary_need_code,
        end_date as clae_cla_episode_ceased_date,
        end_reason_code as clae_cla_episode_ceased_reason,
        period_of_care_id as clae_cla_id,
        cine_referral_id as clae_referral_id,
        placement_id as clae_cla_placement_id,
        admission_date as clae_entered_care_date,
        last_contact as clae_cla_last_iro_contact_date,
        'CLAEPISODEOFCAREVIEW' as _source_table,
        episode_key as _source_key,
        case
            when episode_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when pers_person_id is null then 'person_not_in_ssd_person'
            when known_period is null then 'period_of_care_not_found'
        end as _dq_reason
    from numbered

)

select * from final
