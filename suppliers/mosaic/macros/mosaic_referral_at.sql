{#-
    The CIN referral (DM_CIN_REFERRALS.REFERRAL_ID) a child's event belongs to: the child's referral open on
    the event date (referral date on or before it, closure date null or on/after it); when two touch that
    day, the later referral. Mosaic keeps no referral id on steps, plans or registrations, so every SSD
    referral_id outside ssd_cin_episodes is found this way (as the published extract does).
    Returns a query: one row per event key with referral_id.
-#}
{% macro mosaic_referral_at(relation, key_col, person_col, date_col) -%}
    select
        events.{{ key_col }} as event_key,
        cast(max(cast(referrals.referral_id as bigint)) as {{ ssd_type('string') }}) as referral_id
    from {{ relation }} as events
    inner join {{ ref('stg_mosaic__dm_cin_referrals') }} as referrals
        on events.{{ person_col }} = referrals.person_id
            and referrals.referral_date <= events.{{ date_col }}
            and (referrals.closure_date is null or referrals.closure_date >= events.{{ date_col }})
    group by events.{{ key_col }}
{%- endmacro %}
