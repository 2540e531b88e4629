{#- (key, column) pairs for ssd_outcome_json over pivoted Eclipse outcome flags: the column is the lower-case
    key, 'Y' when the option was ticked; an unticked option is 'N'. -#}
{% macro eclipse_flag_pairs(json_column) -%}
    {%- set pairs = [] -%}
    {%- for key in ssd_outcome_json_keys(json_column) -%}
        {%- do pairs.append((key, "coalesce(" ~ key | lower ~ ", 'N')")) -%}
    {%- endfor -%}
    {{ return(pairs) }}
{%- endmacro %}
