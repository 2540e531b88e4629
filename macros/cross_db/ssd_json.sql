{#-
    Build the SSD's JSON text exactly as ssd_kit.jsonfmt does in Python: compact, keys in the given
    order, string values or null. Plain string concatenation keeps the text byte-identical on every
    engine (DuckDB's and PostgreSQL's JSON functions format differently).

    ssd_json_object([('NFA_FLAG', 'outcome_nfa_flag'), ...])  -- (key, SQL expression) pairs
    ssd_json_array('factor_code', order_by='sort_order')      -- an aggregate over the group
-#}
{% macro ssd_json_escape(expr) -%}
    replace(replace(cast({{ expr }} as {{ ssd_type('string') }}), '\', '\\'), '"', '\"')
{%- endmacro %}

{% macro ssd_json_value(expr) -%}
    coalesce('"' || {{ ssd_json_escape(expr) }} || '"', 'null')
{%- endmacro %}

{% macro ssd_json_object(pairs) -%}
    {%- set parts = [] -%}
    {%- for key, expr in pairs -%}
        {%- do parts.append("'" ~ ('{' if loop.first else ',') ~ '"' ~ key ~ '":' ~ "' || " ~ ssd_json_value(expr)) -%}
    {%- endfor -%}
    ({{ parts | join(' || ') }} || '}')
{%- endmacro %}

{% macro ssd_json_array(expr, order_by) -%}
    {{ return(adapter.dispatch('ssd_json_array', 'ssd')(expr, order_by)) }}
{%- endmacro %}

{% macro default__ssd_json_array(expr, order_by) -%}
    ('[' || string_agg('"' || {{ ssd_json_escape(expr) }} || '"', ',' order by {{ order_by }}) || ']')
{%- endmacro %}

{% macro spark__ssd_json_array(expr, order_by) -%}
    concat('[', array_join(transform(array_sort(collect_list(struct({{ order_by }} as k, {{ expr }} as v))), x -> concat('"', x.v, '"')), ','), ']')
{%- endmacro %}

{% macro sqlserver__ssd_json_array(expr, order_by) -%}
    ('[' + string_agg('"' + {{ ssd_json_escape(expr) }} + '"', ',') within group (order by {{ order_by }}) + ']')
{%- endmacro %}
