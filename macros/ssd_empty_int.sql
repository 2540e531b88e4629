{% macro ssd_empty_int(ssd_table) -%}
    {#- A typed, zero-row intermediate model for an SSD table a supplier cannot fill: every SSD column of
        ssd_table (spec order and logical types, from ssd_spec_tables()) as a typed null, plus the audit columns
        _source_table, _source_key and _dq_reason. The model's YAML description says why it is empty. -#}
    {%- set tables = ssd_spec_tables() -%}
    {%- if ssd_table not in tables -%}
        {{ exceptions.raise_compiler_error("ssd_empty_int: '" ~ ssd_table ~ "' is not an SSD table") }}
    {%- endif %}
select
    {%- for column, logical_type in tables[ssd_table] %}
    cast(null as {{ ssd_type(logical_type) }}) as {{ column }},
    {%- endfor %}
    cast(null as {{ ssd_type('string') }}) as _source_table,
    cast(null as {{ ssd_type('string') }}) as _source_key,
    cast(null as {{ ssd_type('string') }}) as _dq_reason
where 1 = 0
{%- endmacro %}
