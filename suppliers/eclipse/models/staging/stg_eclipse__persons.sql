-- One row per PERSONVIEW row: the exclusion flags the SSD extract reads (test ids, duplicates).
with source as (

    select * from {{ source('eclipse', 'personview') }}

),

renamed as (

    select
        cast(personid as {{ ssd_type('string') }}) as person_key,
        {{ ssd_id('personid') }} as person_id,
        {{ ssd_clean_text('forename') }} as forename,
        {{ ssd_clean_text('surname') }} as surname,
        upper({{ ssd_clean_text('duplicated') }}) as duplicated_flag
    from source

)

select * from renamed
