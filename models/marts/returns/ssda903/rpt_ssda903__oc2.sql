-- SSDA903 OC2: one row per child looked after continuously for 12 months at 31 March. Grain: CHILD.
with

episodes as (
    {{ ssda903_outcomes_episodes() }}
),

in_year as (
    select *
    from episodes
    where dec is null or dec >= {{ ssd_fy_start() }}
),

-- The validator's test of continuity: no period of care started after 1 April (RNE S), none ended
-- before 31 March (a REC other than X1), and no short-break (V3/V4) episode in the year.
continuity as (
    select
        person_id,
        max(
            case
                when rne = 'S' and decom > {{ ssd_fy_start() }} then 1
                when
                    dec is not null
                    and dec >= {{ ssd_fy_start() }}
                    and dec < {{ ssd_fy_end() }}
                    and coalesce(rec, '') <> 'X1'
                    then 1
                when coalesce(ls, '') in ('V3', 'V4') then 1
                else 0
            end
        ) as broken
    from in_year
    group by person_id
),

cohort as (
    select
        person.pers_person_id as person_id,
        cast(person.pers_dob as date) as dob,
        {{ ssd_age_at('person.pers_dob', ssd_fy_start()) }} as age_start,
        {{ ssd_age_at('person.pers_dob', ssd_fy_end()) }} as age_end
    from continuity
    inner join {{ ref('ssd_person') }} as person
        on continuity.person_id = person.pers_person_id
    where continuity.broken = 0
),

-- The latest SDQ completed in the year.
sdq as (
    select
        person_id,
        sdq_score,
        sdq_reason
    from (
        select
            csdq_person_id as person_id,
            cast(csdq_sdq_score as {{ ssd_type('integer') }}) as sdq_score,
            nullif(upper(trim(csdq_sdq_reason)), '') as sdq_reason,
            row_number() over (
                partition by csdq_person_id
                order by cast(csdq_sdq_completed_date as date) desc, csdq_table_id desc
            ) as latest
        from {{ ref('ssd_sdq_scores') }}
        where cast(csdq_sdq_completed_date as date) between {{ ssd_fy_start() }} and {{ ssd_fy_end() }}
    ) as ranked
    where latest = 1
),

-- Completed health checks in the year, by type.
health as (
    select
        clah_person_id as person_id,
        max(case when lower(trim(clah_health_check_type)) = 'health assessment' then 1 else 0 end)
            as health_assessment,
        max(case when lower(trim(clah_health_check_type)) = 'dental check' then 1 else 0 end)
            as dental_check,
        max(case when lower(trim(clah_health_check_type)) = 'health surveillance check' then 1 else 0 end)
            as surveillance_check
    from {{ ref('ssd_cla_health') }}
    where
        lower(trim(clah_health_check_status)) = 'completed'
        and cast(clah_health_check_date as date) between {{ ssd_fy_start() }} and {{ ssd_fy_end() }}
    group by clah_person_id
),

-- Immunisation status as last recorded on or before 31 March.
immunisations as (
    select
        person_id,
        status
    from (
        select
            clai_person_id as person_id,
            {{ ssd_yn('clai_immunisations_status') }} as status,
            row_number() over (
                partition by clai_person_id
                order by
                    case when clai_immunisations_status_date is null then 1 else 0 end,
                    cast(clai_immunisations_status_date as date) desc
            ) as latest
        from {{ ref('ssd_cla_immunisations') }}
        where
            clai_immunisations_status_date is null
            or cast(clai_immunisations_status_date as date) <= {{ ssd_fy_end() }}
    ) as ranked
    where latest = 1
),

substance as (
    select
        clas_person_id as person_id,
        max(case when {{ ssd_yn('clas_intervention_received') }} = 'Y' then 1 else 0 end) as received,
        max(case when {{ ssd_yn('clas_intervention_received') }} = 'N' then 1 else 0 end) as not_received
    from {{ ref('ssd_cla_substance_misuse') }}
    where cast(clas_substance_misuse_date as date) between {{ ssd_fy_start() }} and {{ ssd_fy_end() }}
    group by clas_person_id
),

convictions as (
    select distinct clac_person_id as person_id
    from {{ ref('ssd_cla_convictions') }}
    where cast(clac_cla_conviction_date as date) between {{ ssd_fy_start() }} and {{ ssd_fy_end() }}
),

final as (
    select
        cohort.person_id as {{ adapter.quote('CHILD') }},
        cohort.dob as {{ adapter.quote('DOB') }},
        -- SDQ applies from age 4 at 31 March to age 16 at 1 April (rules 186, 188, 189, 197B).
        case
            when cohort.age_end >= 4 and cohort.age_start <= 16 then sdq.sdq_score
        end as {{ adapter.quote('SDQ_SCORE') }},
        case
            when cohort.age_end < 4 or cohort.age_start > 16 then null
            when sdq.sdq_score is not null then null
            when sdq.sdq_reason is not null then sdq.sdq_reason
            when cohort.age_start < 4 or cohort.age_end > 16 then 'SDQ1'
        end as {{ adapter.quote('SDQ_REASON') }},
        case
            when cohort.age_end >= 10 then case when convictions.person_id is null then '0' else '1' end
        end as {{ adapter.quote('CONVICTED') }},
        case
            when cohort.age_end < 5 then case when health.surveillance_check = 1 then '1' else '0' end
        end as {{ adapter.quote('HEALTH_CHECK') }},
        case immunisations.status
            when 'Y' then '1'
            when 'N' then '0'
        end as {{ adapter.quote('IMMUNISATIONS') }},
        case when health.dental_check = 1 then '1' else '0' end as {{ adapter.quote('TEETH_CHECK') }},
        case when health.health_assessment = 1 then '1' else '0' end as {{ adapter.quote('HEALTH_ASSESSMENT') }},
        case when substance.person_id is null then '0' else '1' end as {{ adapter.quote('SUBSTANCE_MISUSE') }},
        case
            when substance.received = 1 then '1'
            when substance.not_received = 1 then '0'
        end as {{ adapter.quote('INTERVENTION_RECEIVED') }},
        -- No SSD source says whether an intervention was offered and refused: left blank.
        cast(null as {{ ssd_type('string') }}) as {{ adapter.quote('INTERVENTION_OFFERED') }}
    from cohort
    left join sdq
        on cohort.person_id = sdq.person_id
    left join health
        on cohort.person_id = health.person_id
    left join immunisations
        on cohort.person_id = immunisations.person_id
    left join substance
        on cohort.person_id = substance.person_id
    left join convictions
        on cohort.person_id = convictions.person_id
)

select * from final
