-- One row per FACT_SUBSTANCE_MISUSE row (substance misuse identified for a child), renamed and typed;
-- the substance code upper-cased, the intervention flag as Y/N.
with source as (

    select * from {{ source('liquidlogic', 'fact_substance_misuse') }}

),

renamed as (

    select
        cast(fact_substance_misuse_id as {{ ssd_type('string') }}) as substance_misuse_key,
        {{ ssd_id('fact_substance_misuse_id') }} as substance_misuse_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as misuse_date,
        upper({{ ssd_clean_text('dim_lookup_substance_type_code') }}) as substance_code,
        {{ ssd_yn('accept_flag') }} as intervention_received_flag
    from source

)

select * from renamed
