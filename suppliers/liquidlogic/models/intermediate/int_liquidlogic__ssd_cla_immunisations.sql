-- ssd_cla_immunisations from FACT_CLA: one row per raw row (period of care). The SSD keeps one row per
-- person: the period whose immunisation status was updated last (LAST_UPDATED_DTTM, then the highest
-- FACT_CLA_ID); the person's other periods are superseded. Status is IMMU_UP_TO_DATE_FLAG as Y/N.
with periods as (

    select * from {{ ref('stg_liquidlogic__cla_immunisations') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        periods.*,
        {{ ssd_key_row('periods', 'period_of_care_key') }} as key_row,
        {{ ssd_key_conflict('periods', 'period_of_care_key') }} as key_conflict
    from periods

),

joined as (

    select
        numbered.*,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

ranked as (

    select
        joined.*,
        row_number() over (
            partition by
                joined.person_id,
                case when joined.period_of_care_id is null or joined.key_row > 1 then 1 else 0 end
            order by
                joined.last_updated_date desc nulls last,
                cast(joined.period_of_care_id as bigint) desc
        ) as person_row
    from joined

),

final as (

    select
        person_id as clai_person_id,
        immunisations_up_to_date_flag as clai_immunisations_status,
        last_updated_date as clai_immunisations_status_date,
        'FACT_CLA' as _source_table,
        period_of_care_key as _source_key,
        case
            when period_of_care_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when person_row > 1 then 'superseded_immunisation_status'
        end as _dq_reason
    from ranked

)

select * from final
