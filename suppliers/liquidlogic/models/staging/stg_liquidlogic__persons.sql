-- One row per DIM_PERSON row (every person LCS knows: clients, parents, carers, the -1 member, merged duplicates),
-- renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'dim_person') }}

),

renamed as (

    select
        cast(dim_person_id as {{ ssd_type('string') }}) as person_key,
        {{ ssd_id('dim_person_id') }} as person_id,
        {{ ssd_clean_text('legacy_id') }} as legacy_id,
        {{ ssd_clean_text('forename') }} as forename,
        {{ ssd_clean_text('surname') }} as surname,
        upper({{ ssd_clean_text('gender_main_code') }}) as gender_code,
        upper({{ ssd_clean_text('ethnicity_main_code') }}) as ethnicity_main_code,
        cast(birth_dttm as {{ ssd_type('timestamp') }}) as birth_date,
        {{ ssd_yn('dob_estimated') }} as is_dob_estimated_flag,
        cast(death_dttm as {{ ssd_type('timestamp') }}) as death_date,
        {{ ssd_clean_text('upn') }} as upn,
        {{ ssd_clean_text('former_upn') }} as former_upn,
        {{ ssd_yn('ehm_sen_flag') }} as sen_flag,
        {{ ssd_clean_text('natnl_code') }} as nationality_code,
        {{ ssd_yn('is_client') }} as is_client_flag,
        cast(is_client as {{ ssd_type('string') }}) as is_client_raw,
        cast(duplicated_dttm as {{ ssd_type('timestamp') }}) as duplicated_date
    from source

)

select * from renamed
