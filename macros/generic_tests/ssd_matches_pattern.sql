{#-
    ssd_matches_pattern(pattern): every non-null value of the column matches a regular expression.
    The match is a search, as on every engine here: anchor the pattern with ^ and $ to match the
    whole value (e.g. '^[A-Z][0-9]{12}$'). Keep to the syntax the engines share (character classes,
    quantifiers, anchors, alternation); no look-arounds or back-references.
    Nulls pass. Failing rows: the value and the pattern.

    ssd_regexp_matches(expr, pattern) is the boolean expression it uses, dispatched per engine:
    DuckDB regexp_matches(), PostgreSQL `~`, Spark rlike, SQL Server 2025 regexp_like().
-#}
{% macro ssd_regexp_matches(expr, pattern) -%}
    {{ return(adapter.dispatch('ssd_regexp_matches', 'ssd')(expr, pattern)) }}
{%- endmacro %}

{% macro _ssd_sql_string(text) -%}
    '{{ text | replace("'", "''") }}'
{%- endmacro %}

{% macro default__ssd_regexp_matches(expr, pattern) -%}
    regexp_matches({{ expr }}, {{ _ssd_sql_string(pattern) }})
{%- endmacro %}

{% macro postgres__ssd_regexp_matches(expr, pattern) -%}
    ({{ expr }} ~ {{ _ssd_sql_string(pattern) }})
{%- endmacro %}

{#- Spark: rlike uses Java regex; backslashes in string literals are escapes, so double them. -#}
{% macro spark__ssd_regexp_matches(expr, pattern) -%}
    ({{ expr }} rlike '{{ pattern | replace("\\", "\\\\") | replace("'", "\\'") }}')
{%- endmacro %}

{#- SQL Server 2025 (compatibility level 170) and Azure SQL only: older versions have no regex. -#}
{% macro sqlserver__ssd_regexp_matches(expr, pattern) -%}
    regexp_like({{ expr }}, {{ _ssd_sql_string(pattern) }})
{%- endmacro %}

{% test ssd_matches_pattern(model, column_name, pattern) %}
with

failures as (

    select
        {{ column_name }} as failing_value,
        {{ _ssd_sql_string(pattern) }} as expected_pattern
    from {{ model }}
    where {{ column_name }} is not null
        and not {{ ssd_regexp_matches(column_name, pattern) }}

)

select * from failures
{% endtest %}
