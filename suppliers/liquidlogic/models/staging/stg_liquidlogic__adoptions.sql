-- One row per FACT_ADOPTION row (adoption journey of a looked-after child), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'fact_adoption') }}

),

renamed as (

    select
        cast(fact_adoption_id as {{ ssd_type('string') }}) as adoption_key,
        {{ ssd_id('fact_adoption_id') }} as adoption_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        {{ ssd_id('fact_cla_id') }} as period_of_care_id,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as start_date,
        cast(decision_dttm as {{ ssd_type('timestamp') }}) as decision_date,
        cast(placement_order_dttm as {{ ssd_type('timestamp') }}) as placement_order_date,
        cast(matching_dttm as {{ ssd_type('timestamp') }}) as matching_date,
        cast(foster_to_adopt_dttm as {{ ssd_type('timestamp') }}) as foster_to_adopt_date,
        cast(no_longer_placed_dttm as {{ ssd_type('timestamp') }}) as no_longer_placed_date,
        upper({{ ssd_clean_text('dim_lookup_adop_reason_ceased_code') }}) as reason_ceased_code,
        {{ ssd_yn('sibling_group') }} as sibling_group_flag,
        cast(number_together as integer) as number_placed_together,
        cast(number_apart as integer) as number_placed_apart,
        cast(no_of_adopters as integer) as number_of_adopters,
        upper({{ ssd_clean_text('dim_lookup_adopter_gender_code') }}) as adopter_sex_code,
        upper({{ ssd_clean_text('dim_lookup_adopter_legal_status_code') }}) as adopter_legal_status_code,
        {{ ssd_yn('adopted_by_carer_flag') }} as adopted_by_carer_flag,
        {{ ssd_id('adoption_social_worker_id') }} as adoption_worker_id
    from source

)

select * from renamed
