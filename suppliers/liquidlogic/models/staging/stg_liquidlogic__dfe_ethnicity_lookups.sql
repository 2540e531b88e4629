-- One row per DIM_LOOKUP_DFE_ETHNIC row: a Liquidlogic ethnicity code and its national (CBDS) code NAT_ID.
with source as (

    select * from {{ source('liquidlogic', 'dim_lookup_dfe_ethnic') }}

),

renamed as (

    select
        upper({{ ssd_clean_text('main_code') }}) as ethnicity_main_code,
        {{ ssd_clean_text('description') }} as description,
        upper({{ ssd_clean_text('nat_id') }}) as national_code
    from source

)

select * from renamed
