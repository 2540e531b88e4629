-- One row per CLAADOPTIONSVIEW row: a child's adoption record (from the ADM decision), renamed and typed.
-- Yes / No answers become Y / N.
with source as (

    select * from {{ source('eclipse', 'claadoptionsview') }}

),

renamed as (

    select
        cast(adoptionid as {{ ssd_type('string') }}) as adoption_key,
        {{ ssd_id('adoptionid') }} as adoption_id,
        {{ ssd_id('personid') }} as person_id,
        cast(dateshouldbeplaced as {{ ssd_type('timestamp') }}) as adm_decision_date,
        cast(dateplacementorder as {{ ssd_type('timestamp') }}) as placement_order_date,
        cast(datematched as {{ ssd_type('timestamp') }}) as matched_date,
        cast(dateplaced as {{ ssd_type('timestamp') }}) as placed_for_adoption_date,
        cast(datenolongerplanned as {{ ssd_type('timestamp') }}) as decision_reversed_date,
        upper({{ ssd_clean_text('reasonnolongerplannedcode') }}) as decision_reversed_reason,
        {{ ssd_yn('adoptedbyfostercarers') }} as adopted_by_carer_flag,
        cast(dateplacedwithfostercarers as {{ ssd_type('timestamp') }}) as placed_foster_carer_date,
        {{ ssd_yn('siblinggroup') }} as part_of_sibling_group,
        cast(numberplacedtogether as {{ ssd_type('integer') }}) as siblings_placed_together,
        cast(numberplacedapart as {{ ssd_type('integer') }}) as siblings_placed_apart,
        upper({{ ssd_clean_text('agencyurn') }}) as agency_urn,
        {{ ssd_id('adoptionworkerid') }} as adoption_worker_id,
        upper({{ ssd_clean_text('genderofadopterscode') }}) as adopter_sex,
        upper({{ ssd_clean_text('adopterslegalstatuscode') }}) as adopter_legal_status,
        cast(numberofadopters as {{ ssd_type('integer') }}) as number_of_adopters
    from source

)

select * from renamed
