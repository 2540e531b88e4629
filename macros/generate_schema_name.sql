{#-
    Use the folder's custom schema name as it is (ssd, stg_liquidlogic, ref...) rather than
    prefixing it with the target schema, so an analyst finds `ssd.ssd_person` where the spec says.
    Set SSD_SCHEMA_PREFIX to keep several builds apart in one database (CI does).
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- set prefix = env_var('SSD_SCHEMA_PREFIX', '') -%}
    {#- The prefix reaches SQL text: only a plain identifier (ssd_kit.db.check_identifier says the same). -#}
    {%- if prefix and not modules.re.fullmatch('[A-Za-z_][A-Za-z0-9_]*', prefix) -%}
        {{ exceptions.raise_compiler_error("SSD_SCHEMA_PREFIX must be a plain identifier (letters, digits and _, not starting with a digit), got '" ~ prefix ~ "'") }}
    {%- endif -%}
    {%- if custom_schema_name is none -%}
        {{ prefix ~ target.schema }}
    {%- else -%}
        {{ prefix ~ (custom_schema_name | trim) }}
    {%- endif -%}
{%- endmacro %}
