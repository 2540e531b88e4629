{#- Small expressions of the generated SSD gate models (models/intermediate/gate, written by `ssd gen-ssd` from
    src/ssd_kit/specgen.py), kept here so the generated SQL stays short and readable. -#}

{% macro ssd_gate_text(expr) -%}
    coalesce(cast({{ expr }} as {{ ssd_type('string') }}), '')
{%- endmacro %}

{% macro ssd_gate_before(end_column, start_column) -%}
    {#- An end date before its start date (compared as dates, so a same-day end is fine). -#}
    cast(source.{{ end_column }} as date) < cast(source.{{ start_column }} as date)
{%- endmacro %}

{% macro ssd_gate_differs(column) -%}
    {#- ' <column>' when a conflicting duplicate differs from the kept row in column, else ''. -#}
    case when source.{{ column }} is distinct from kept.{{ column }} then ' {{ column }}' else '' end
{%- endmacro %}
