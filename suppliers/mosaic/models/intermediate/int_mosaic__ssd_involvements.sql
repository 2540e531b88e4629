-- ssd_involvements: one row per DM_PROF_RELATIONSHIPS row. Role: PROF_REL_TYPE_CODE recoded by seed
-- mosaic__prof_relationship_types (REL.ALLOCSW -> CW, REL.PERSONALADVISOR -> 16PLUS); a type the seed does not
-- list is quarantined (not_an_ssd_involvement_type). Team: the organisation of the worker's primary role.
-- Change reason: END_DATE_REASON's REFERENCE_DATA description (domain WORKER_END_DATE_REASON) recoded by seed
-- mosaic__worker_end_reasons. Referral: for case-worker involvements, the child's referral open at the start.
with rels as (

    select
        rels.*,
        rel_types.ssd_role,
        row_number() over (partition by rels.prof_relationship_id order by rels.start_date) as key_row
    from {{ ref('stg_mosaic__dm_prof_relationships') }} as rels
    left join {{ ref('mosaic__prof_relationship_types') }} as rel_types
        on upper(rels.prof_rel_type_code) = upper(rel_types.prof_rel_type_code)

),

teams as (

    select
        worker_id,
        max(organisation_id) as team_id
    from {{ ref('stg_mosaic__dm_worker_roles') }}
    where {{ ssd_yn('primary_role') }} = 'Y'
    group by worker_id

),

reasons as (

    select
        ref_data.ref_code,
        max(seed.ssd_code) as ssd_code
    from {{ ref('stg_mosaic__reference_data') }} as ref_data
    inner join {{ ref('mosaic__worker_end_reasons') }} as seed
        on lower(ref_data.ref_description) = lower(seed.description)
    where ref_data.ref_domain = 'WORKER_END_DATE_REASON'
    group by ref_data.ref_code

),

cw as (

    select * from rels
    where ssd_role = 'CW'

),

referral as (

    {{ mosaic_referral_at('cw', 'prof_relationship_id', 'person_id', 'start_date') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        rels.prof_relationship_id as invo_involvements_id,
        rels.worker_id as invo_professional_id,
        rels.ssd_role as invo_professional_role_id,
        teams.team_id as invo_professional_team,
        rels.start_date as invo_involvement_start_date,
        rels.end_date as invo_involvement_end_date,
        reasons.ssd_code as invo_worker_change_reason,
        rels.person_id as invo_person_id,
        referral.referral_id as invo_referral_id,
        'DM_PROF_RELATIONSHIPS' as _source_table,
        rels.prof_relationship_id as _source_key,
        case
            when rels.prof_relationship_id is null then 'missing_key'
            when rels.key_row > 1 then 'duplicate_key'
            when rels.ssd_role is null then 'not_an_ssd_involvement_type'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when rels.start_date is null then 'missing_start_date'
        end as _dq_reason
    from rels
    left join teams
        on rels.worker_id = teams.worker_id
    left join reasons
        on rels.end_date_reason = reasons.ref_code
    left join referral
        on rels.prof_relationship_id = referral.event_key
    left join scope
        on rels.person_id = scope.person_id

)

select * from final
