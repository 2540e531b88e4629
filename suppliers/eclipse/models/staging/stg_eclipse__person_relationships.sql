-- One row per RELATIONSHIPPERSONVIEW row: person A is RELATIONSHIP of person B (both directions stored).
with source as (

    select * from {{ source('eclipse', 'relationshippersonview') }}

),

renamed as (

    select
        cast(personrelationshiprecordid as {{ ssd_type('string') }}) as relationship_key,
        {{ ssd_id('personrelationshiprecordid') }} as relationship_id,
        {{ ssd_id('roleapersonid') }} as role_a_person_id,
        {{ ssd_id('rolebpersonid') }} as role_b_person_id,
        lower({{ ssd_clean_text('relationship') }}) as relationship,
        cast(startdate as {{ ssd_type('timestamp') }}) as start_date,
        cast(enddate as {{ ssd_type('timestamp') }}) as end_date
    from source

)

select * from renamed
