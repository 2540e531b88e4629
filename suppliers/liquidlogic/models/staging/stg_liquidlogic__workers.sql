-- One row per DIM_WORKER row (including the -1 member and system accounts), renamed and typed; STAFF_ID trimmed.
with source as (

    select * from {{ source('liquidlogic', 'dim_worker') }}

),

renamed as (

    select
        cast(dim_worker_id as {{ ssd_type('string') }}) as worker_key,
        {{ ssd_id('dim_worker_id') }} as worker_id,
        {{ ssd_clean_text('staff_id') }} as staff_id,
        {{ ssd_clean_text('forename') }} as forename,
        {{ ssd_clean_text('surname') }} as surname,
        {{ ssd_clean_text('worker_id_code') }} as registration_no,
        {{ ssd_clean_text('job_title') }} as job_title,
        {{ ssd_clean_text('department_name') }} as department_name,
        cast(full_time_equivalency as {{ ssd_type('float') }}) as full_time_equivalency
    from source

)

select * from renamed
