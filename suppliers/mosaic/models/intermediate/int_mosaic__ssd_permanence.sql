-- ssd_permanence: one row per DM_ADOPTIONS row (this simulated data mart's flattening of the adoption step
-- columns ADOPTION_BEST_INTEREST_DATE / _MATCH_DATE / _PLAN_DATE_CEASED / _PLAN_REASON_CAT_CODE with the
-- period of care's permanence order): one per permanence journey, id = ADOPTION_ID, period = PERIOD_OF_CARE_ID.
with adoptions as (

    select
        *,
        row_number() over (partition by adoption_id order by adoption_best_interest_date) as key_row
    from {{ ref('stg_mosaic__dm_adoptions') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        adoptions.adoption_id as perm_table_id,
        adoptions.person_id as perm_person_id,
        adoptions.period_of_care_id as perm_cla_id,
        adoptions.adoption_best_interest_date as perm_adm_decision_date,
        adoptions.ffa_decision_date as perm_ffa_cp_decision_date,
        adoptions.placement_order_date as perm_placement_order_date,
        adoptions.placed_for_adoption_date as perm_placed_for_adoption_date,
        adoptions.adoption_match_date as perm_matched_date,
        adoptions.adopted_by_carer as perm_adopted_by_carer_flag,
        adoptions.ffa_placed_date as perm_placed_ffa_cp_date,
        adoptions.adoption_plan_date_ceased as perm_decision_reversed_date,
        adoptions.placed_foster_carer_date as perm_placed_foster_carer_date,
        adoptions.part_of_sibling_group as perm_part_of_sibling_group,
        cast(adoptions.siblings_placed_together as integer) as perm_siblings_placed_together,
        cast(adoptions.siblings_placed_apart as integer) as perm_siblings_placed_apart,
        adoptions.agency_urn as perm_placement_provider_urn,
        upper(adoptions.adoption_plan_reason_cat_code) as perm_decision_reversed_reason,
        adoptions.order_date as perm_permanence_order_date,
        adoptions.order_type as perm_permanence_order_type,
        adoptions.adoption_worker_id as perm_adoption_worker_id,
        adoptions.adopter_sex as perm_adopter_sex,
        adoptions.adopter_legal_status as perm_adopter_legal_status,
        cast(adoptions.number_of_adopters as integer) as perm_number_of_adopters,
        'DM_ADOPTIONS' as _source_table,
        adoptions.adoption_id as _source_key,
        case
            when adoptions.adoption_id is null then 'missing_key'
            when adoptions.key_row > 1 then 'duplicate_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from adoptions
    left join scope
        on adoptions.person_id = scope.person_id

)

select * from final
