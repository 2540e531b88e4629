{#-
    Liquidlogic's staging column for each key of an SSD outcome JSON column: HDM names the flag for key K
    OUTCOME_K (staged as outcome_k), except OTHER_OUTCOMES_EXIST_FLAG, which keeps its name.
    Returns [(key, staging column), ...] in the SSD key order, ready for ssd_outcome_json / ssd_json_object.
-#}
{% macro liquidlogic_outcome_pairs(json_column) -%}
    {%- set pairs = [] -%}
    {%- for key in ssd_outcome_json_keys(json_column) -%}
        {%- do pairs.append((key, key | lower if key == 'OTHER_OUTCOMES_EXIST_FLAG' else 'outcome_' ~ (key | lower))) -%}
    {%- endfor -%}
    {{ return(pairs) }}
{%- endmacro %}
