-- One row per ORGANISATIONVIEW row: teams, providers, schools.
with source as (

    select * from {{ source('eclipse', 'organisationview') }}

),

renamed as (

    select
        cast(organisationid as {{ ssd_type('string') }}) as organisation_key,
        {{ ssd_id('organisationid') }} as organisation_id,
        {{ ssd_clean_text('description') }} as organisation_name,
        upper({{ ssd_clean_text('organisationclass') }}) as organisation_class,
        upper({{ ssd_clean_text('sector') }}) as sector,
        upper({{ ssd_clean_text('sectorsubtype') }}) as sector_subtype
    from source

)

select * from renamed
