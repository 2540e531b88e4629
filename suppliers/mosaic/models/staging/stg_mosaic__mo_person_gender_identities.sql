-- One row per MO_PERSON_GENDER_IDENTITIES row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'mo_person_gender_identities') }}

),

renamed as (

    select
        {{ ssd_id('person_gender_identity_id') }} as person_gender_identity_id,
        {{ ssd_id('person_id') }} as person_id,
        {{ ssd_clean_text('gender_code') }} as gender_code,
        cast(start_date as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_date as {{ ssd_type('timestamp') }}) as end_date
    from source

)

select * from renamed
