-- One row per SVC_USR_ADDR row. The ghost DDL gives the table no key: the audit column S_REC_ID is it.
-- No address dates exist.
with source as (

    select * from {{ source('azeus', 'svc_usr_addr') }}

),

renamed as (

    select
        {{ ssd_clean_text('s_rec_id') }} as address_key,
        {{ ssd_id('svc_usr_ref_no') }} as person_id,
        {{ ssd_clean_text('unit_flat_start_no') }} as flat_number,
        {{ ssd_clean_text('sub_bdlg_nm') }} as building_name,
        {{ ssd_clean_text('name_and_number') }} as house_name_or_number,
        {{ ssd_clean_text('street_name') }} as street_name,
        {{ ssd_clean_text('town') }} as town,
        upper({{ ssd_clean_text('postcode') }}) as postcode,
        {{ ssd_clean_text('unq_prop_ref_no') }} as uprn,
        {{ ssd_yn('primary_ind') }} as is_primary,
        {{ ssd_yn('residence_ind') }} as is_residence,
        {{ ssd_yn('valid_ind') }} as is_valid
    from source

)

select * from renamed
