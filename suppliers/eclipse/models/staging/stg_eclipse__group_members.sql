-- One row per GROUPPERSONVIEW row: a person's membership of a group.
with source as (

    select * from {{ source('eclipse', 'grouppersonview') }}

),

renamed as (

    select
        {{ ssd_id('groupid') }} as group_id,
        {{ ssd_id('personid') }} as person_id,
        cast(startdate as {{ ssd_type('timestamp') }}) as start_date,
        cast(enddate as {{ ssd_type('timestamp') }}) as end_date
    from source

)

select * from renamed
