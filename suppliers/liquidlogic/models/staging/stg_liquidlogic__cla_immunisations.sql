-- One row per FACT_CLA row (a period of care), with only the immunisation columns: the up-to-date flag
-- as Y/N and when it was last updated. (Kept apart from stg_liquidlogic__periods_of_care, which the
-- episode mappings use; same grain, same key.)
with source as (

    select * from {{ source('liquidlogic', 'fact_cla') }}

),

renamed as (

    select
        cast(fact_cla_id as {{ ssd_type('string') }}) as period_of_care_key,
        {{ ssd_id('fact_cla_id') }} as period_of_care_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        {{ ssd_yn('immu_up_to_date_flag') }} as immunisations_up_to_date_flag,
        cast(last_updated_dttm as {{ ssd_type('timestamp') }}) as last_updated_date
    from source

)

select * from renamed
