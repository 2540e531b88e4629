{#- The SQL type of a logical SSD type (string, timestamp, integer, float, boolean) on this adapter.
    The same mapping (var ssd_column_types) renders the data_type of every contracted SSD column. -#}
{% macro ssd_type(logical_type) -%}
    {%- set types = var('ssd_column_types') -%}
    {{- types.get(target.type, types['default'])[logical_type] -}}
{%- endmacro %}
