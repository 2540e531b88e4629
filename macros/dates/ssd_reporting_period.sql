{#-
    Reporting-period bounds as date constants. A reporting year Y is the financial (collection) year
    1 April Y-1 to 31 March Y, so reporting_year 2026 is 1 April 2025 to 31 March 2026, and its
    census / reference date (CIN census ReferenceDate, SSDA903 "at 31 March") is 31 March Y.

    ssd_fy_start(reporting_year=var('reporting_year'))    -> date 1 April (Y-1)
    ssd_fy_end(reporting_year=var('reporting_year'))      -> date 31 March Y (the last day, inclusive)
    ssd_census_date(reporting_year=var('reporting_year')) -> date 31 March Y (= ssd_fy_end)
    ssd_as_at_date()                                      -> date var('as_at_date'), the extract date

    reporting_year may be an int or a string of digits (--vars on the command line gives either).
-#}

{% macro _ssd_reporting_year(reporting_year) -%}
    {%- set value = var('reporting_year') if reporting_year is none else reporting_year -%}
    {%- set text = value | string | trim -%}
    {%- if not modules.re.match('^[0-9]{4}$', text) -%}
        {{ exceptions.raise_compiler_error("reporting_year must be a 4-digit year, got '" ~ text ~ "'") }}
    {%- endif -%}
    {{ return(text | int) }}
{%- endmacro %}


{% macro ssd_fy_start(reporting_year=none) -%}
    {{ return(adapter.dispatch('ssd_fy_start', 'ssd')(reporting_year)) }}
{%- endmacro %}

{% macro default__ssd_fy_start(reporting_year=none) -%}
    {%- set year = _ssd_reporting_year(reporting_year) -%}
    {{ ssd_date_literal((year - 1) ~ '-04-01') }}
{%- endmacro %}


{% macro ssd_fy_end(reporting_year=none) -%}
    {{ return(adapter.dispatch('ssd_fy_end', 'ssd')(reporting_year)) }}
{%- endmacro %}

{% macro default__ssd_fy_end(reporting_year=none) -%}
    {%- set year = _ssd_reporting_year(reporting_year) -%}
    {{ ssd_date_literal(year ~ '-03-31') }}
{%- endmacro %}


{% macro ssd_census_date(reporting_year=none) -%}
    {{ return(adapter.dispatch('ssd_census_date', 'ssd')(reporting_year)) }}
{%- endmacro %}

{% macro default__ssd_census_date(reporting_year=none) -%}
    {{ ssd_fy_end(reporting_year) }}
{%- endmacro %}


{% macro ssd_as_at_date() -%}
    {{ return(adapter.dispatch('ssd_as_at_date', 'ssd')()) }}
{%- endmacro %}

{% macro default__ssd_as_at_date() -%}
    {{ ssd_date_literal(var('as_at_date')) }}
{%- endmacro %}
