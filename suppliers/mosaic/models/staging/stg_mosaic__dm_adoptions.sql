-- One row per DM_ADOPTIONS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_adoptions') }}

),

renamed as (

    select
        {{ ssd_id('adoption_id') }} as adoption_id,
        {{ ssd_id('person_id') }} as person_id,
        {{ ssd_id('period_of_care_id') }} as period_of_care_id,
        cast(adoption_best_interest_date as {{ ssd_type('timestamp') }}) as adoption_best_interest_date,
        cast(adoption_match_date as {{ ssd_type('timestamp') }}) as adoption_match_date,
        cast(placement_order_date as {{ ssd_type('timestamp') }}) as placement_order_date,
        cast(placed_for_adoption_date as {{ ssd_type('timestamp') }}) as placed_for_adoption_date,
        cast(adoption_plan_date_ceased as {{ ssd_type('timestamp') }}) as adoption_plan_date_ceased,
        {{ ssd_clean_text('adoption_plan_reason_cat_code') }} as adoption_plan_reason_cat_code,
        cast(placed_foster_carer_date as {{ ssd_type('timestamp') }}) as placed_foster_carer_date,
        {{ ssd_clean_text('adopted_by_carer') }} as adopted_by_carer,
        {{ ssd_clean_text('part_of_sibling_group') }} as part_of_sibling_group,
        cast(siblings_placed_together as integer) as siblings_placed_together,
        cast(siblings_placed_apart as integer) as siblings_placed_apart,
        cast(order_date as {{ ssd_type('timestamp') }}) as order_date,
        {{ ssd_clean_text('order_type') }} as order_type,
        {{ ssd_id('adoption_worker_id') }} as adoption_worker_id,
        {{ ssd_clean_text('adopter_sex') }} as adopter_sex,
        {{ ssd_clean_text('adopter_legal_status') }} as adopter_legal_status,
        cast(number_of_adopters as integer) as number_of_adopters,
        cast(ffa_decision_date as {{ ssd_type('timestamp') }}) as ffa_decision_date,
        cast(ffa_placed_date as {{ ssd_type('timestamp') }}) as ffa_placed_date,
        {{ ssd_clean_text('agency_urn') }} as agency_urn
    from source

)

select * from renamed
