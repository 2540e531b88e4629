-- SSDA903 OC3: one row per care leaver whose 17th to 21st birthday falls in the year. Grain: CHILD.
with

cohort as (
    {{ ssda903_outcomes_oc3_cohort() }}
),

-- The care-leaver record that describes the young person around this birthday: the one whose contact
-- date is nearest the birthday, within three months either side.
records as (
    select
        cohort.person_id,
        upper(trim(leavers.clea_care_leaver_in_touch)) as in_touch,
        upper(trim(leavers.clea_care_leaver_activity)) as activity,
        upper(trim(leavers.clea_care_leaver_accommodation)) as accommodation,
        trim(leavers.clea_care_leaver_accom_suitable) as suitable,
        row_number() over (
            partition by cohort.person_id
            order by
                abs({{ ssd_days_between('cohort.birthday', 'leavers.clea_care_leaver_latest_contact') }}),
                cast(leavers.clea_care_leaver_latest_contact as date),
                leavers.clea_table_id desc
        ) as nearest
    from cohort
    inner join {{ ref('ssd_care_leavers') }} as leavers
        on cohort.person_id = leavers.clea_person_id
    where
        cast(leavers.clea_care_leaver_latest_contact as date)
        between cast({{ dbt.dateadd('month', -3, 'cohort.birthday') }} as date)
        and cast({{ dbt.dateadd('month', 3, 'cohort.birthday') }} as date)
),

birthday_record as (
    select *
    from records
    where nearest = 1
),

final as (
    select
        cohort.person_id as {{ adapter.quote('CHILD') }},
        cohort.dob as {{ adapter.quote('DOB') }},
        birthday_record.in_touch as {{ adapter.quote('IN_TOUCH') }},
        -- 0 when the young person died or went home (rule 344), or when not in touch and no
        -- activity is recorded; a code only where one is recorded.
        case
            when birthday_record.in_touch in ('DIED', 'RHOM') then '0'
            when birthday_record.activity is not null then birthday_record.activity
            when birthday_record.in_touch in ('NO', 'REFU', 'NREQ') then '0'
        end as {{ adapter.quote('ACTIV') }},
        -- Accommodation letter followed by the suitability digit (1 suitable, 2 not suitable).
        case
            when birthday_record.in_touch in ('DIED', 'RHOM') then '0'
            when {{ dbt.length('birthday_record.accommodation') }} = 2 then birthday_record.accommodation
            when
                {{ dbt.length('birthday_record.accommodation') }} = 1 and birthday_record.suitable in ('1', '2')
                then {{ dbt.concat(['birthday_record.accommodation', 'birthday_record.suitable']) }}
            when birthday_record.accommodation is null and birthday_record.in_touch in ('NO', 'REFU', 'NREQ')
                then '0'
        end as {{ adapter.quote('ACCOM') }}
    from cohort
    left join birthday_record
        on cohort.person_id = birthday_record.person_id
)

select * from final
