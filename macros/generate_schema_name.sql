{#-
    Use the folder's custom schema name as it is (ssd, stg_liquidlogic, ref...) rather than
    prefixing it with the target schema, so an analyst finds `ssd.ssd_person` where the spec says.
    Set SSD_SCHEMA_PREFIX to keep several builds apart in one database (CI does).
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- set prefix = env_var('SSD_SCHEMA_PREFIX', '') -%}
    {%- if custom_schema_name is none -%}
        {{ prefix ~ target.schema }}
    {%- else -%}
        {{ prefix ~ (custom_schema_name | trim) }}
    {%- endif -%}
{%- endmacro %}
