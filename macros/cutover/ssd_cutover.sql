{% macro ssd_supplier_ref(table) %}
    {#- The intermediate model an SSD table reads: the chosen supplier's (var ssd_supplier), or, for an LA
        that changed systems (var ssd_history_supplier set), the union of both in models/intermediate/cutover. -#}
    {%- if var('ssd_history_supplier', none) -%}
        {{ return(ref('int_cutover__' ~ table)) }}
    {%- else -%}
        {{ return(ref('int_' ~ var('ssd_supplier') ~ '__' ~ table)) }}
    {%- endif -%}
{% endmacro %}


{% macro ssd_cutover_prefix(system) %}
    {#- The namespace of a system's ids in a cut-over build: 'history' or 'current'. The two prefixes must be
        non-empty and neither may begin the other, so two systems' ids can never be equal once prefixed. -#}
    {%- set history = var('ssd_cutover_history_prefix', 'H-') -%}
    {%- set current = var('ssd_cutover_current_prefix', 'N-') -%}
    {%- if not history or not current or history.startswith(current) or current.startswith(history) -%}
        {{ exceptions.raise_compiler_error(
            "ssd_cutover_history_prefix and ssd_cutover_current_prefix must be non-empty and neither may "
            ~ "begin the other (got '" ~ history ~ "' and '" ~ current ~ "')") }}
    {%- endif -%}
    {{ return(history if system == 'history' else current) }}
{% endmacro %}


{% macro ssd_cutover_id(system, column) -%}
    {#- A system's id as text in its namespace (null stays null). -#}
    {{ dbt.concat(["'" ~ ssd_cutover_prefix(system) ~ "'", "cast(" ~ column ~ " as " ~ ssd_type('string') ~ ")"]) }}
{%- endmacro %}


{% macro ssd_cutover_source_table(supplier, column) -%}
    {#- The raw table a row came from, named with its supplier: the two systems may share table names. -#}
    {{ dbt.concat(["'" ~ supplier ~ ".'", "cast(" ~ column ~ " as " ~ ssd_type('string') ~ ")"]) }}
{%- endmacro %}
