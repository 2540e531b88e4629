-- One row per FACT_CARE_PLANS row (CIN plan coordinator periods, pathway plans, ...), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'fact_care_plans') }}

),

renamed as (

    select
        cast(fact_care_plan_id as {{ ssd_type('string') }}) as care_plan_key,
        {{ ssd_id('fact_care_plan_id') }} as care_plan_id,
        {{ ssd_id('fact_care_plan_summary_id') }} as care_plan_summary_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_dttm as {{ ssd_type('timestamp') }}) as end_date,
        cast(modif_dttm as {{ ssd_type('timestamp') }}) as modified_date,
        {{ ssd_clean_text('dim_lookup_plan_status_id_code') }} as plan_status_code,
        upper({{ ssd_clean_text('dim_lookup_plan_type_id_code') }}) as plan_type_code,
        {{ ssd_id('dim_plan_coord_id') }} as coordinator_worker_id,
        {{ ssd_id('dim_plan_coord_dept_id') }} as coordinator_team_id
    from source

)

select * from renamed
