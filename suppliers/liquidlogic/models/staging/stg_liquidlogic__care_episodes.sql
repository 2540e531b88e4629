-- One row per FACT_CARE_EPISODES row (903 episode of care), renamed and typed; start reason stays a description.
with source as (

    select * from {{ source('liquidlogic', 'fact_care_episodes') }}

),

renamed as (

    select
        cast(fact_care_episodes_id as {{ ssd_type('string') }}) as care_episode_key,
        {{ ssd_id('fact_care_episodes_id') }} as care_episode_id,
        {{ ssd_id('fact_cla_id') }} as period_of_care_id,
        {{ ssd_id('fact_cla_placement_id') }} as placement_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(care_start_date as {{ ssd_type('timestamp') }}) as start_date,
        cast(care_end_date as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_clean_text('care_reason_desc') }} as start_reason_description,
        upper({{ ssd_clean_text('care_reason_end_code') }}) as end_reason_code,
        {{ ssd_clean_text('care_reason_end_desc') }} as end_reason_description,
        upper({{ ssd_clean_text('cin_903_code') }}) as primary_need_code,
        upper({{ ssd_clean_text('ofsted_urn') }}) as ofsted_urn,
        cast(placend as {{ ssd_type('timestamp') }}) as placement_end_date
    from source

)

select * from renamed
