{#- Normalise a source Y/N-ish value to 'Y', 'N' or null (YES/TRUE/1 -> Y; NO/FALSE/0 -> N).
    Anything else is null: callers that must not lose it should flag it with ssd_is_unrecognised_flag. -#}
{% macro ssd_yn(expr) -%}
    case
        when upper(trim(cast({{ expr }} as {{ ssd_type('string') }}))) in ('Y', 'YES', 'TRUE', '1', 'T') then 'Y'
        when upper(trim(cast({{ expr }} as {{ ssd_type('string') }}))) in ('N', 'NO', 'FALSE', '0', 'F') then 'N'
    end
{%- endmacro %}

{% macro ssd_is_unrecognised_flag(expr) -%}
    ({{ expr }} is not null and trim(cast({{ expr }} as {{ ssd_type('string') }})) <> '' and {{ ssd_yn(expr) }} is null)
{%- endmacro %}

{#- Trim text and turn empty strings into null. -#}
{% macro ssd_clean_text(expr) -%}
    nullif(trim(cast({{ expr }} as {{ ssd_type('string') }})), '')
{%- endmacro %}

{#- A source integer surrogate key as SSD text id; the Liquidlogic "none" member -1 (and 0) become null. -#}
{% macro ssd_id(expr) -%}
    case when cast({{ expr }} as {{ ssd_type('string') }}) in ('-1', '0', '') then null
         else cast(cast({{ expr }} as bigint) as {{ ssd_type('string') }}) end
{%- endmacro %}
