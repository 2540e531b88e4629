-- ssd_cin_episodes: one row per DM_CIN_REFERRALS row (REFERRAL_ID = the referral step). Primary need,
-- source and closure codes as the CIN census mapping stores them; source description from
-- CHILD_GROUP_EMBEDDED_CODES_VW; NFA Y when NFA_DATE is set; team and worker from the referral step
-- (RESPONSIBLE_TEAM_ID, ASSIGNEE_ID); outcomes from the referral step's next actions (JSON, not a comma list).
with referrals as (

    select
        *,
        row_number() over (partition by referral_id order by referral_date) as key_row
    from {{ ref('stg_mosaic__dm_cin_referrals') }}

),

codes as (

    select
        category_code,
        max(category_description) as category_description
    from {{ ref('stg_mosaic__child_group_embedded_codes_vw') }}
    where group_name = 'Child CIN Referral Source'
    group by category_code

),

outcomes as (

    {{ mosaic_outcome_flags('cine_referral_outcome_json') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        referrals.referral_id as cine_referral_id,
        referrals.person_id as cine_person_id,
        referrals.referral_date as cine_referral_date,
        upper(referrals.primary_need_code) as cine_cin_primary_need_code,
        upper(referrals.source_of_referral) as cine_referral_source_code,
        codes.category_description as cine_referral_source_desc,
        {{ ssd_json_object(mosaic_outcome_pairs('cine_referral_outcome_json', 'outcomes')) }}
            as cine_referral_outcome_json,
        case when referrals.nfa_date is not null then 'Y' else 'N' end as cine_referral_nfa,
        upper(referrals.closure_reason) as cine_close_reason,
        referrals.closure_date as cine_close_date,
        steps.responsible_team_id as cine_referral_team,
        steps.assignee_id as cine_referral_worker_id,
        'DM_CIN_REFERRALS' as _source_table,
        referrals.referral_id as _source_key,
        case
            when referrals.referral_id is null then 'missing_key'
            when referrals.key_row > 1 then 'duplicate_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when referrals.referral_date is null then 'missing_referral_date'
        end as _dq_reason
    from referrals
    left join codes
        on upper(referrals.source_of_referral) = upper(codes.category_code)
    left join {{ ref('int_mosaic__steps') }} as steps
        on referrals.referral_id = steps.workflow_step_id and steps.key_row = 1
    left join outcomes
        on referrals.referral_id = outcomes.source_step_id
    left join scope
        on referrals.person_id = scope.person_id

)

select * from final
