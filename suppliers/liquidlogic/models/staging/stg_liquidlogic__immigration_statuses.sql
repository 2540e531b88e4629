-- One row per FACT_IMMIGRATION_STATUS row; the status stays a description.
with source as (

    select * from {{ source('liquidlogic', 'fact_immigration_status') }}

),

renamed as (

    select
        cast(fact_immigration_status_id as {{ ssd_type('string') }}) as immigration_status_key,
        {{ ssd_id('fact_immigration_status_id') }} as immigration_status_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_dttm as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_clean_text('dim_lookup_immgr_status_desc') }} as immigration_status_description
    from source

)

select * from renamed
