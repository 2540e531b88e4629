{#-
    The person a Mosaic subgroup stands for (steps and forms carry a SUBGROUP_ID, not a person): the
    subgroup's person subject (DM_SUBGROUP_SUBJECTS, SUBJECT_TYPE_CODE PER; the lowest id when several).
    Returns a query: one row per subgroup with a person, (subgroup_id, person_id).
-#}
{% macro mosaic_subgroup_person() -%}
    select
        subgroup_id,
        min(subject_compound_id) as person_id
    from {{ ref('stg_mosaic__dm_subgroup_subjects') }}
    where upper(subject_type_code) = 'PER'
    group by subgroup_id
{%- endmacro %}

{#-
    The DM_VISITS rows of one visit type (VIS.CIN, VIS.CP, VIS.CLA; case-insensitive), with visit_date, the day
    of ACTUAL_DATE as a timestamp, and key_row, the row's number among rows sharing its VISIT_ID (earliest
    first; a later one is a duplicate key).
    Returns a query: one row per DM_VISITS row of the type, all its columns plus visit_date and key_row.
-#}
{% macro mosaic_visits_of_type(visit_type) -%}
    select
        *,
        cast(cast(actual_date as date) as {{ ssd_type('timestamp') }}) as visit_date,
        row_number() over (partition by visit_id order by actual_date) as key_row
    from {{ ref('stg_mosaic__dm_visits') }}
    where upper(visit_type) = '{{ visit_type }}'
{%- endmacro %}
