-- ssd_involvements: one row per RELATIONSHIPPROFESSIONALVIEW row (a worker allocated to a child). Role:
-- RELATIONSHIPCLASSCODE; team: PROFESSIONALTEAMID. Eclipse records why a worker changed as the START reason
-- of the next allocation: the change reason of an allocation is the STARTREASONCODE of the same child's
-- next allocation in the same role starting on its end date (NEW is not a change reason). Referral (case
-- workers, CW): the child's latest referral in ssd_cin_episodes dated on or before the allocation start
-- (the extract's classification-assignment id scheme is translated to the referral id). SSD-bound rows:
-- children in ssd_person.
with relationships as (

    select * from {{ ref('stg_eclipse__professional_relationships') }}

),

next_allocations as (

    select
        current_rel.relationship_key,
        next_rel.start_reason_code,
        row_number() over (
            partition by current_rel.relationship_key order by next_rel.relationship_key
        ) as next_row
    from relationships as current_rel
    inner join relationships as next_rel
        on current_rel.person_id = next_rel.person_id
            and current_rel.relationship_class_code = next_rel.relationship_class_code
            and current_rel.end_date = next_rel.start_date
            and current_rel.relationship_key <> next_rel.relationship_key
    where coalesce(next_rel.start_reason_code, 'NEW') <> 'NEW'

),

referrals as (

    select
        relationships.relationship_key,
        episodes.cine_referral_id,
        row_number() over (
            partition by relationships.relationship_key
            order by episodes.cine_referral_date desc, cast(episodes.cine_referral_id as bigint) desc
        ) as referral_row
    from relationships
    inner join {{ ref('int_eclipse__ssd_cin_episodes') }} as episodes
        on relationships.person_id = episodes.cine_person_id
            and relationships.start_date >= episodes.cine_referral_date
            and episodes._dq_reason is null
    where relationships.relationship_class_code = 'CW'

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        relationships.*,
        next_allocations.start_reason_code as change_reason,
        referrals.cine_referral_id,
        people.pers_person_id,
        row_number() over (partition by relationships.relationship_key order by relationships.start_date) as key_row
    from relationships
    left join next_allocations
        on relationships.relationship_key = next_allocations.relationship_key and next_allocations.next_row = 1
    left join referrals
        on relationships.relationship_key = referrals.relationship_key and referrals.referral_row = 1
    left join people
        on relationships.person_id = people.pers_person_id

),

final as (

    select
        relationship_id as invo_involvements_id,
        worker_id as invo_professional_id,
        relationship_class_code as invo_professional_role_id,
        team_id as invo_professional_team,
        start_date as invo_involvement_start_date,
        end_date as invo_involvement_end_date,
        change_reason as invo_worker_change_reason,
        person_id as invo_person_id,
        cine_referral_id as invo_referral_id,
        'RELATIONSHIPPROFESSIONALVIEW' as _source_table,
        relationship_key as _source_key,
        case
            when relationship_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when pers_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from numbered

)

select * from final
