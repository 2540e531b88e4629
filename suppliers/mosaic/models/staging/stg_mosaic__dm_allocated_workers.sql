-- One row per DM_ALLOCATED_WORKERS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_allocated_workers') }}

),

renamed as (

    select
        {{ ssd_id('allocation_id') }} as allocation_id,
        {{ ssd_id('person_id') }} as person_id,
        {{ ssd_id('worker_id') }} as worker_id,
        cast(start_date as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_date as {{ ssd_type('timestamp') }}) as end_date
    from source

)

select * from renamed
