{#-
    Date primitives the other SSD date macros are built from. Every one takes SQL expressions (a
    column, a literal, another macro's output) that may be a date or a timestamp, and works on
    calendar dates: a timestamp is cast to its date first, so the time of day never matters.

    ssd_to_date(expr)                 -> date: cast(expr as date)
    ssd_date_literal('2026-03-31')    -> date: a date constant written the same way on every engine
    ssd_days_between(start, end)      -> integer: calendar days from start to end (end - start);
                                         negative when end is before start; null if either is null
    ssd_add_days(expr, n)             -> date: the date n calendar days after expr (n may be negative)

    No `::` casts, no `date '...'` literals (T-SQL has neither) and no integer division, which
    truncates on PostgreSQL and SQL Server but returns a double on DuckDB and Spark.
-#}

{% macro ssd_to_date(expr) -%}
    {{ return(adapter.dispatch('ssd_to_date', 'ssd')(expr)) }}
{%- endmacro %}

{% macro default__ssd_to_date(expr) -%}
    cast({{ expr }} as date)
{%- endmacro %}


{% macro ssd_date_literal(value) -%}
    {{ return(adapter.dispatch('ssd_date_literal', 'ssd')(value)) }}
{%- endmacro %}

{% macro default__ssd_date_literal(value) -%}
    {%- set text = value | string | trim -%}
    {%- if not modules.re.match('^[0-9]{4}-[0-9]{2}-[0-9]{2}$', text) -%}
        {{ exceptions.raise_compiler_error("ssd_date_literal expects YYYY-MM-DD, got '" ~ text ~ "'") }}
    {%- endif -%}
    cast('{{ text }}' as date)
{%- endmacro %}


{% macro ssd_days_between(start_expr, end_expr) -%}
    {{ return(adapter.dispatch('ssd_days_between', 'ssd')(start_expr, end_expr)) }}
{%- endmacro %}

{#- DuckDB and PostgreSQL: date - date is a whole number of days. -#}
{% macro default__ssd_days_between(start_expr, end_expr) -%}
    (cast({{ end_expr }} as date) - cast({{ start_expr }} as date))
{%- endmacro %}

{% macro spark__ssd_days_between(start_expr, end_expr) -%}
    datediff(cast({{ end_expr }} as date), cast({{ start_expr }} as date))
{%- endmacro %}

{% macro sqlserver__ssd_days_between(start_expr, end_expr) -%}
    datediff(day, cast({{ start_expr }} as date), cast({{ end_expr }} as date))
{%- endmacro %}


{% macro ssd_add_days(expr, n) -%}
    {{ return(adapter.dispatch('ssd_add_days', 'ssd')(expr, n)) }}
{%- endmacro %}

{#- DuckDB and PostgreSQL: date + integer is a date (dbt.dateadd would give a timestamp on DuckDB). -#}
{% macro default__ssd_add_days(expr, n) -%}
    cast(cast({{ expr }} as date) + cast({{ n }} as integer) as date)
{%- endmacro %}

{% macro spark__ssd_add_days(expr, n) -%}
    date_add(cast({{ expr }} as date), cast({{ n }} as int))
{%- endmacro %}

{% macro sqlserver__ssd_add_days(expr, n) -%}
    cast(dateadd(day, cast({{ n }} as int), cast({{ expr }} as date)) as date)
{%- endmacro %}
