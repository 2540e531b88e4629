-- One row per FACT_CP_VISIT row: the link from a visit case note to the CP plan it was made under.
with source as (

    select * from {{ source('liquidlogic', 'fact_cp_visit') }}

),

renamed as (

    select
        cast(fact_cp_visit_id as {{ ssd_type('string') }}) as cp_visit_key,
        {{ ssd_id('fact_casenote_id') }} as casenote_id,
        {{ ssd_id('fact_cp_plan_id') }} as cp_plan_id
    from source

)

select * from renamed
