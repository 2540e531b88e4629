-- One row per CLAPERIODOFCAREVIEW row: a period of care (admission to discharge), renamed and typed.
with source as (

    select * from {{ source('eclipse', 'claperiodofcareview') }}

),

renamed as (

    select
        cast(periodofcareid as {{ ssd_type('string') }}) as period_of_care_key,
        {{ ssd_id('periodofcareid') }} as period_of_care_id,
        {{ ssd_id('personid') }} as person_id,
        cast(admissiondate as {{ ssd_type('timestamp') }}) as admission_date,
        cast(dischargedate as {{ ssd_type('timestamp') }}) as discharge_date
    from source

)

select * from renamed
