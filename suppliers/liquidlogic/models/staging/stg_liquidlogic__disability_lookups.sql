-- One row per DIM_LOOKUP_DISAB row: a Liquidlogic disability code and its CIN census code NAT_ID.
with source as (

    select * from {{ source('liquidlogic', 'dim_lookup_disab') }}

),

renamed as (

    select
        upper({{ ssd_clean_text('main_code') }}) as disability_main_code,
        {{ ssd_clean_text('description') }} as description,
        upper({{ ssd_clean_text('nat_id') }}) as national_code
    from source

)

select * from renamed
