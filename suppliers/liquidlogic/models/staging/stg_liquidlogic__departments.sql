-- One row per DIM_DEPARTMENT row (teams, including the -1 member), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'dim_department') }}

),

renamed as (

    select
        cast(dim_department_id as {{ ssd_type('string') }}) as department_key,
        {{ ssd_id('dim_department_id') }} as department_id,
        {{ ssd_clean_text('name') }} as team_name,
        {{ ssd_id('dept_id') }} as parent_department_id,
        {{ ssd_clean_text('dept_type_description') }} as parent_department_name
    from source

)

select * from renamed
