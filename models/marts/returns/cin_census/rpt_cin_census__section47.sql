-- One row per Section 47 enquiry (CINdetails / Section47) of an episode in the census, as at 31 March.
-- Each enquiry is in one of three states on 31 March:
--   * conference held: its initial child protection conference (not a transfer-in) took place on/before
--     31 March -> DateOfInitialCPC; sent when that date is in the year (rule 8715);
--   * conference not required: the enquiry ended on/before 31 March with no conference held or planned
--     (no conference row, and the S47 outcome does not say CP_CONFERENCE_FLAG = Y) -> ICPCnotRequired true;
--     sent when the enquiry ended in the year;
--   * still open: neither of the above (including a conference due after 31 March) -> sent only when the
--     enquiry started in the year (rule 8740).
-- Enquiries that start after 31 March are not sent. InitialCPCtarget is the conference's target date.
with

episodes as (
    {{ cin_census__episodes_in_scope() }}
),

conferences as (
    select
        icpc_s47_enquiry_id as s47_id,
        min(cast(icpc_icpc_date as date)) as icpc_date,
        min(cast(icpc_icpc_target_date as date)) as icpc_target_date
    from {{ ref('ssd_initial_cp_conference') }}
    where
        icpc_s47_enquiry_id is not null
        and coalesce(upper(trim(icpc_icpc_transfer_in)), 'N') <> 'Y'
    group by icpc_s47_enquiry_id
),

enquiries as (
    select
        episodes.cine_person_id as child_id,
        episodes.cine_referral_id as referral_id,
        cast(s47.s47e_s47_start_date as date) as start_date,
        cast(s47.s47e_s47_end_date as date) as end_date,
        conferences.icpc_target_date,
        {{ cin_census__as_at('conferences.icpc_date') }} as icpc_date_as_at,
        case
            when
                conferences.s47_id is not null
                or s47.s47e_s47_outcome_json like '%"CP_CONFERENCE_FLAG":"Y"%'
                then 1
            else 0
        end as conference_planned
    from {{ ref('ssd_s47_enquiry') }} as s47
    inner join episodes
        on s47.s47e_referral_id = episodes.cine_referral_id
    left join conferences
        on s47.s47e_s47_enquiry_id = conferences.s47_id
    where cast(s47.s47e_s47_start_date as date) <= {{ ssd_fy_end() }}
),

states as (
    select
        *,
        case
            when
                icpc_date_as_at is null
                and conference_planned = 0
                and end_date <= {{ ssd_fy_end() }}
                then 1
            else 0
        end as not_required
    from enquiries
),

in_census as (
    select * from states
    where
        (icpc_date_as_at is not null and icpc_date_as_at >= {{ ssd_fy_start() }})
        or (not_required = 1 and end_date >= {{ ssd_fy_start() }})
        or (icpc_date_as_at is null and not_required = 0 and start_date >= {{ ssd_fy_start() }})
),

final as (
    select
        child_id as {{ cin_census__col('LAchildID') }},
        referral_id as {{ cin_census__col('CINdetailsID') }},
        start_date as {{ cin_census__col('S47ActualStartDate') }},
        icpc_target_date as {{ cin_census__col('InitialCPCtarget') }},
        icpc_date_as_at as {{ cin_census__col('DateOfInitialCPC') }},
        cast(not_required as {{ ssd_type('boolean') }})
            as {{ cin_census__col('ICPCnotRequired') }}
    from in_census
)

select * from final
