-- One row per CLACARELEAVERDETAILSVIEW row: a care leaver contact record, renamed and typed.
with source as (

    select * from {{ source('eclipse', 'clacareleaverdetailsview') }}

),

renamed as (

    select
        cast(careleaverid as {{ ssd_type('string') }}) as care_leaver_key,
        {{ ssd_id('careleaverid') }} as care_leaver_id,
        {{ ssd_id('personid') }} as person_id,
        {{ ssd_clean_text('eligibility') }} as eligibility,
        upper({{ ssd_clean_text('intouchcode') }}) as in_touch_code,
        cast(contactdate as {{ ssd_type('timestamp') }}) as contact_date,
        upper({{ ssd_clean_text('accomodationcode') }}) as accommodation_code,
        lower({{ ssd_clean_text('accomsuitable') }}) as accommodation_suitable,
        upper({{ ssd_clean_text('mainactivitycode') }}) as main_activity_code
    from source

)

select * from renamed
