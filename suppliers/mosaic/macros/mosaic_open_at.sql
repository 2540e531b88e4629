{#-
    The child's period of care open on an event date (DM_PERIODS_OF_CARE: start on or before it, end null or
    on/after it); when two touch that day, the later period (highest id). It is the SSD's cla_id for visits
    and reviews of a looked-after child.
    Returns a query: one row per event key with a period, (event_key, cla_id).
-#}
{% macro mosaic_period_of_care_at(relation, key_col, person_col, date_col) -%}
    select
        events.{{ key_col }} as event_key,
        cast(max(cast(poc.period_of_care_id as bigint)) as {{ ssd_type('string') }}) as cla_id
    from {{ relation }} as events
    inner join {{ ref('stg_mosaic__dm_periods_of_care') }} as poc
        on events.{{ person_col }} = poc.person_id
            and events.{{ date_col }} >= poc.start_date
            and (poc.end_date is null or events.{{ date_col }} <= poc.end_date)
    group by events.{{ key_col }}
{%- endmacro %}

{#-
    The child's CP plan on an event date: the latest (highest id) non-temporary registration in
    DM_REGISTRATIONS open that day (start on or before it, deregistration null or on/after it). With
    plans_only, only registrations flagged IS_CHILD_PROTECTION_PLAN count (CP visits do this; CP reviews
    take any non-temporary registration).
    Returns a query: one row per event key with a registration, (event_key, cp_plan_id).
-#}
{% macro mosaic_cp_registration_at(relation, key_col, person_col, date_col, plans_only=false) -%}
    select
        events.{{ key_col }} as event_key,
        cast(max(cast(reg.registration_id as bigint)) as {{ ssd_type('string') }}) as cp_plan_id
    from {{ relation }} as events
    inner join {{ ref('stg_mosaic__dm_registrations') }} as reg
        on events.{{ person_col }} = reg.person_id
            {%- if plans_only %}
            and {{ ssd_yn('reg.is_child_protection_plan') }} = 'Y'
            {%- endif %}
            and coalesce({{ ssd_yn('reg.is_temporary_child_protection') }}, 'N') = 'N'
            and events.{{ date_col }} >= reg.registration_start_date
            and (reg.deregistration_date is null or events.{{ date_col }} <= reg.deregistration_date)
    group by events.{{ key_col }}
{%- endmacro %}
