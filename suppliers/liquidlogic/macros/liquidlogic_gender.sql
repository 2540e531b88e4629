{% macro liquidlogic_gender(expr) -%}
    {#- GENDER_MAIN_CODE (trimmed, upper case) -> SSD pers_sex / pers_gender, by one documented rule:
        M or MALE -> M; F or FEMALE -> F; U, UNKNOWN or NOT KNOWN -> U. Any other value is U and is listed in
        quality.dq_flags (unrecognised_gender_value) so it is never changed silently. -#}
    case
        when {{ expr }} in ('M', 'MALE') then 'M'
        when {{ expr }} in ('F', 'FEMALE') then 'F'
        when {{ expr }} is not null then 'U'
    end
{%- endmacro %}

{% macro liquidlogic_gender_recognised(expr) -%}
    ({{ expr }} in ('M', 'MALE', 'F', 'FEMALE', 'U', 'UNKNOWN', 'NOT KNOWN'))
{%- endmacro %}
