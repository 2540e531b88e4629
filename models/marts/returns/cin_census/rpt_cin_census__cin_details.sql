-- One row per CIN episode (referral) in the census: every episode open at some point in the census year,
-- including referrals closed with no further action in the year. "As at 31 March": a closure after the
-- ReferenceDate is not yet known, so the episode is sent open (no closure date or reason; rules 8620, 8805,
-- 8810). CINdetailsID (the SSD referral id) is the nesting key of every module; it is not an XML element.
with

episodes as (
    {{ cin_census__episodes_in_scope() }}
),

-- DateOfInitialCPC at episode level: only a conference that no Section47 module carries (rule 2884),
-- i.e. one with no S47 enquiry, held in the year; transfer-in conferences are not initial conferences.
conferences_without_s47 as (
    select
        icpc_referral_id as referral_id,
        max(cast(icpc_icpc_date as date)) as icpc_date
    from {{ ref('ssd_initial_cp_conference') }}
    where
        icpc_s47_enquiry_id is null
        and coalesce(upper(trim(icpc_icpc_transfer_in)), 'N') <> 'Y'
        and {{ cin_census__in_year('icpc_icpc_date') }}
    group by icpc_referral_id
),

details as (
    select
        episodes.cine_person_id as child_id,
        episodes.cine_referral_id as referral_id,
        cast(episodes.cine_referral_date as date) as referral_date,
        episodes.cine_referral_source_code as referral_source,
        episodes.cine_cin_primary_need_code as primary_need,
        {{ cin_census__as_at('episodes.cine_close_date') }} as closure_date,
        episodes.cine_close_reason as close_reason,
        conferences_without_s47.icpc_date,
        {{ cin_census__flag('episodes.cine_referral_nfa') }} as referral_nfa
    from episodes
    left join conferences_without_s47
        on episodes.cine_referral_id = conferences_without_s47.referral_id
),

final as (
    select
        child_id as {{ cin_census__col('LAchildID') }},
        referral_id as {{ cin_census__col('CINdetailsID') }},
        referral_date as {{ cin_census__col('CINreferralDate') }},
        referral_source as {{ cin_census__col('ReferralSource') }},
        primary_need as {{ cin_census__col('PrimaryNeedCode') }},
        closure_date as {{ cin_census__col('CINclosureDate') }},
        case when closure_date is not null then close_reason end as {{ cin_census__col('ReasonForClosure') }},
        icpc_date as {{ cin_census__col('DateOfInitialCPC') }},
        referral_nfa as {{ cin_census__col('ReferralNFA') }}
    from details
)

select * from final
