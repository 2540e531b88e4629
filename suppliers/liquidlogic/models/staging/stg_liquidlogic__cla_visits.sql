-- One row per FACT_CLA_VISIT row (statutory visit to a looked-after child; details on its case note).
with source as (

    select * from {{ source('liquidlogic', 'fact_cla_visit') }}

),

renamed as (

    select
        cast(fact_cla_visit_id as {{ ssd_type('string') }}) as cla_visit_key,
        {{ ssd_id('fact_cla_visit_id') }} as cla_visit_id,
        {{ ssd_id('fact_cla_id') }} as period_of_care_id,
        {{ ssd_id('fact_casenote_id') }} as casenote_id,
        {{ ssd_id('dim_person_id') }} as person_id
    from source

)

select * from renamed
