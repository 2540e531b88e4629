-- One row per RELATIONSHIPPROFESSIONALVIEW row: a worker (a person) allocated to a child.
with source as (

    select * from {{ source('eclipse', 'relationshipprofessionalview') }}

),

renamed as (

    select
        cast(personrelationshiprecordid as {{ ssd_type('string') }}) as relationship_key,
        {{ ssd_id('personrelationshiprecordid') }} as relationship_id,
        {{ ssd_id('personid') }} as person_id,
        {{ ssd_id('professionalrelationshippersonid') }} as worker_id,
        {{ ssd_clean_text('professionalrelationshipname') }} as worker_name,
        {{ ssd_id('professionalteamid') }} as team_id,
        upper({{ ssd_clean_text('relationshipclasscode') }}) as relationship_class_code,
        upper({{ ssd_clean_text('allocatedworkercode') }}) as allocated_worker_code,
        cast(startdate as {{ ssd_type('timestamp') }}) as start_date,
        cast(closedate as {{ ssd_type('timestamp') }}) as end_date,
        upper({{ ssd_clean_text('startreasoncode') }}) as start_reason_code
    from source

)

select * from renamed
