-- One row per CLASSIFICATIONPERSONVIEW row: a person in a classification (path, code) for a date range.
with source as (

    select * from {{ source('eclipse', 'classificationpersonview') }}

),

renamed as (

    select
        cast(classificationassignmentid as {{ ssd_type('string') }}) as assignment_key,
        {{ ssd_id('classificationassignmentid') }} as assignment_id,
        {{ ssd_id('personid') }} as person_id,
        cast(classificationpathid as {{ ssd_type('integer') }}) as path_id,
        cast(classificationcodeid as {{ ssd_type('string') }}) as classification_id,
        {{ ssd_clean_text('name') }} as classification_name,
        cast(startdate as {{ ssd_type('timestamp') }}) as start_date,
        cast(enddate as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_clean_text('endreason') }} as end_reason,
        upper({{ ssd_clean_text('status') }}) as status
    from source

)

select * from renamed
