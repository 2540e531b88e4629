-- One row per DIM_CLA_ELIGIBILITY row (a period of a person's care-leaver eligibility status), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'dim_cla_eligibility') }}

),

renamed as (

    select
        cast(dim_cla_eligibility_id as {{ ssd_type('string') }}) as cla_eligibility_key,
        {{ ssd_id('dim_cla_eligibility_id') }} as cla_eligibility_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_dttm as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_clean_text('dim_lookup_eligibility_status_desc') }} as eligibility_description
    from source

)

select * from renamed
