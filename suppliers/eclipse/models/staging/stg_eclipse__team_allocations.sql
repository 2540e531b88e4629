-- One row per PERSONORGRELATIONSHIPVIEW row: a team (organisation) allocated to a child.
with source as (

    select * from {{ source('eclipse', 'personorgrelationshipview') }}

),

renamed as (

    select
        cast(relationshipid as {{ ssd_type('string') }}) as allocation_key,
        {{ ssd_id('personid') }} as person_id,
        {{ ssd_id('organisationid') }} as team_id,
        upper({{ ssd_clean_text('allocatedteamcode') }}) as allocated_team_code,
        cast(datestarted as {{ ssd_type('timestamp') }}) as start_date,
        cast(dateended as {{ ssd_type('timestamp') }}) as end_date
    from source

)

select * from renamed
