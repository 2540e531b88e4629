-- One row per FACT_CAF_EPISODE row (early help episode), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'fact_caf_episode') }}

),

renamed as (

    select
        cast(fact_caf_episode_id as {{ ssd_type('string') }}) as caf_episode_key,
        {{ ssd_id('fact_caf_episode_id') }} as caf_episode_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(episode_start_dttm as {{ ssd_type('timestamp') }}) as start_date,
        cast(episode_end_dttm as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_clean_text('start_reason') }} as start_reason,
        {{ ssd_clean_text('dim_lookup_caf_ep_endrsn_id_code') }} as end_reason_code,
        {{ ssd_clean_text('dim_lookup_originating_organisation_code') }} as organisation_code
    from source

)

select * from renamed
