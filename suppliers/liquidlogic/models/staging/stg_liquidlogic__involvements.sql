-- One row per FACT_INVOLVEMENTS row (worker allocations), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'fact_involvements') }}

),

renamed as (

    select
        cast(fact_involvements_id as {{ ssd_type('string') }}) as involvement_key,
        {{ ssd_id('fact_involvements_id') }} as involvement_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        {{ ssd_id('dim_worker_id') }} as worker_id,
        {{ ssd_id('dim_department_id') }} as team_id,
        {{ ssd_id('fact_worker_history_department_id') }} as worker_history_team_id,
        {{ ssd_yn('is_allocated_cw_flag') }} as is_allocated_cw_flag,
        upper({{ ssd_clean_text('dim_lookup_involvement_type_code') }}) as involvement_type_code,
        {{ ssd_clean_text('dim_lookup_cwreason_code') }} as worker_change_reason_code,
        {{ ssd_id('fact_referral_id') }} as referral_id,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_dttm as {{ ssd_type('timestamp') }}) as end_date
    from source

)

select * from renamed
