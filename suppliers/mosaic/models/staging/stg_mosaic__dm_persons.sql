-- One row per DM_PERSONS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_persons') }}

),

renamed as (

    select
        {{ ssd_id('person_id') }} as person_id,
        {{ ssd_clean_text('first_names') }} as first_names,
        {{ ssd_clean_text('last_name') }} as last_name,
        {{ ssd_clean_text('gender') }} as gender,
        {{ ssd_clean_text('full_ethnicity_code') }} as full_ethnicity_code,
        cast(date_of_birth as {{ ssd_type('timestamp') }}) as date_of_birth,
        cast(date_of_death as {{ ssd_type('timestamp') }}) as date_of_death,
        {{ ssd_clean_text('upn_id') }} as upn_id,
        {{ ssd_clean_text('nhs_id') }} as nhs_id,
        {{ ssd_clean_text('country_of_birth_code') }} as country_of_birth_code
    from source

)

select * from renamed
