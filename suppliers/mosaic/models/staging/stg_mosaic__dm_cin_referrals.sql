-- One row per DM_CIN_REFERRALS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_cin_referrals') }}

),

renamed as (

    select
        {{ ssd_id('referral_id') }} as referral_id,
        {{ ssd_id('person_id') }} as person_id,
        cast(referral_date as {{ ssd_type('timestamp') }}) as referral_date,
        cast(closure_date as {{ ssd_type('timestamp') }}) as closure_date,
        {{ ssd_clean_text('closure_reason') }} as closure_reason,
        {{ ssd_clean_text('source_of_referral') }} as source_of_referral,
        cast(nfa_date as {{ ssd_type('timestamp') }}) as nfa_date,
        {{ ssd_clean_text('primary_need_code') }} as primary_need_code
    from source

)

select * from renamed
