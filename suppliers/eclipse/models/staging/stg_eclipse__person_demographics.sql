-- One row per PERSONDEMOGRAPHICSVIEW row (children, relatives and workers alike), renamed and typed.
with source as (

    select * from {{ source('eclipse', 'persondemographicsview') }}

),

renamed as (

    select
        cast(personid as {{ ssd_type('string') }}) as person_key,
        {{ ssd_id('personid') }} as person_id,
        {{ ssd_clean_text('carefirstid') }} as carefirst_id,
        {{ ssd_clean_text('forename') }} as forename,
        {{ ssd_clean_text('surname') }} as surname,
        lower({{ ssd_clean_text('sex') }}) as sex_text,
        lower({{ ssd_clean_text('gender') }}) as gender_text,
        upper({{ ssd_clean_text('ethnicitycode') }}) as ethnicity_code,
        cast(dateofbirth as {{ ssd_type('timestamp') }}) as birth_date,
        cast(duedate as {{ ssd_type('timestamp') }}) as due_date,
        cast(dieddate as {{ ssd_type('timestamp') }}) as died_date,
        {{ ssd_clean_text('nhsnumber') }} as nhs_number,
        upper({{ ssd_clean_text('countryofbirthcode') }}) as country_of_birth_code
    from source

)

select * from renamed
