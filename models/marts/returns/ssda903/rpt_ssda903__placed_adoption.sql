-- SSDA903 PlacedAdoption: one row per decision that a child in the return should be placed for
-- adoption, made by 31 March and still current on 1 April or reversed during the year.
-- Grain: CHILD, DATE_PLACED.
with

episodes as (
    {{ ssda903_outcomes_episodes() }}
),

in_year as (
    select *
    from episodes
    where dec is null or dec >= {{ ssd_fy_start() }}
),

periods_in_return as (
    select distinct cla_id
    from in_year
    where cla_id is not null
),

children_in_return as (
    select distinct person_id
    from in_year
),

decisions as (
    select
        perm.perm_person_id as person_id,
        cast(perm.perm_adm_decision_date as date) as date_placed,
        -- As at 31 March (rule 117): a reversal after 31 March is not yet reported.
        case
            when cast(perm.perm_decision_reversed_date as date) <= {{ ssd_fy_end() }}
                then cast(perm.perm_decision_reversed_date as date)
        end as date_placed_ceased,
        case
            when cast(perm.perm_decision_reversed_date as date) <= {{ ssd_fy_end() }}
                then upper(trim(perm.perm_decision_reversed_reason))
        end as reason_placed_ceased
    from {{ ref('ssd_permanence') }} as perm
    where
        perm.perm_adm_decision_date is not null
        and cast(perm.perm_adm_decision_date as date) <= {{ ssd_fy_end() }}
        and (
            perm.perm_decision_reversed_date is null
            or cast(perm.perm_decision_reversed_date as date) >= {{ ssd_fy_start() }}
        )
        -- the decision belongs to a period of care in the return
        and (
            perm.perm_cla_id in (select periods_in_return.cla_id from periods_in_return)
            or (
                perm.perm_cla_id is null
                and perm.perm_person_id in (select children_in_return.person_id from children_in_return)
            )
        )
),

final as (
    select
        decisions.person_id as {{ adapter.quote('CHILD') }},
        cast(person.pers_dob as date) as {{ adapter.quote('DOB') }},
        decisions.date_placed as {{ adapter.quote('DATE_PLACED') }},
        decisions.date_placed_ceased as {{ adapter.quote('DATE_PLACED_CEASED') }},
        decisions.reason_placed_ceased as {{ adapter.quote('REASON_PLACED_CEASED') }}
    from decisions
    inner join {{ ref('ssd_person') }} as person
        on decisions.person_id = person.pers_person_id
)

select * from final
