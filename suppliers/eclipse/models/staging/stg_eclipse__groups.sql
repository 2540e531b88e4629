-- One row per GROUPVIEW row: families and other person groups.
with source as (

    select * from {{ source('eclipse', 'groupview') }}

),

renamed as (

    select
        {{ ssd_id('groupid') }} as group_id,
        lower({{ ssd_clean_text('grouptype') }}) as group_type,
        {{ ssd_clean_text('groupname') }} as group_name
    from source

)

select * from renamed
