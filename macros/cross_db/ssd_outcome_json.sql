{#-
    The keys of the SSD's outcome-flag JSON columns, in order: part of the SSD contract (the same lists
    the simulator writes, see src/ssd_sim/simulate/TRUTH_RULES.md), so every supplier mapping builds
    byte-identical JSON. Values are 'Y' / 'N' / null.

    ssd_outcome_json_keys('s47e_s47_outcome_json') -> ['NFA_FLAG', ...]
    ssd_outcome_json(pairs)  -> the JSON text of (key, SQL expression) pairs, or null when every flag is null
-#}
{% macro ssd_outcome_json_keys(json_column) -%}
    {%- set keys = {
        'cont_contact_outcome_json': [
            'NEW_REFERRAL_FLAG', 'EXISTING_REFERRAL_FLAG', 'CP_ENQUIRY_FLAG', 'NFA_FLAG', 'NON_AGENCY_ADOPTION_FLAG',
            'PRIVATE_FOSTERING_FLAG', 'ADVICE_FLAG', 'MISSING_FLAG', 'OLA_CP_FLAG', 'OTHER_OUTCOMES_EXIST_FLAG',
        ],
        'cine_referral_outcome_json': [
            'SINGLE_ASSESSMENT_FLAG', 'STRATEGY_DISCUSSION_FLAG', 'CLA_REQUEST_FLAG', 'NON_AGENCY_ADOPTION_FLAG',
            'PRIVATE_FOSTERING_FLAG', 'CP_TRANSFER_IN_FLAG', 'CP_CONFERENCE_FLAG', 'CARE_LEAVER_FLAG', 'NFA_FLAG',
            'OTHER_OUTCOMES_EXIST_FLAG',
        ],
        'cina_assessment_outcome_json': [
            'NFA_FLAG', 'NFA_S47_END_FLAG', 'STRATEGY_DISCUSSION_FLAG', 'CLA_REQUEST_FLAG', 'PRIVATE_FOSTERING_FLAG',
            'LEGAL_ACTION_FLAG', 'PROV_OF_SERVICES_FLAG', 'PROV_OF_SB_CARE_FLAG', 'SPECIALIST_ASSESSMENT_FLAG',
            'REFERRAL_TO_OTHER_AGENCY_FLAG', 'OTHER_ACTIONS_FLAG', 'OTHER_OUTCOMES_EXIST_FLAG',
        ],
        's47e_s47_outcome_json': [
            'NFA_FLAG', 'LEGAL_ACTION_FLAG', 'PROV_OF_SERVICES_FLAG', 'PROV_OF_SB_CARE_FLAG', 'CP_CONFERENCE_FLAG',
            'NFA_CONTINUE_SINGLE_FLAG', 'MONITOR_FLAG', 'OTHER_OUTCOMES_EXIST_FLAG',
        ],
        'icpc_icpc_outcome_json': [
            'NFA_FLAG', 'REFERRAL_TO_OTHER_AGENCY_FLAG', 'SINGLE_ASSESSMENT_FLAG', 'PROV_OF_SERVICES_FLAG', 'CP_FLAG',
            'OTHER_OUTCOMES_EXIST_FLAG',
        ],
    } -%}
    {%- if json_column not in keys -%}
        {{ exceptions.raise_compiler_error("no outcome JSON keys are defined for '" ~ json_column ~ "'") }}
    {%- endif -%}
    {{ return(keys[json_column]) }}
{%- endmacro %}

{% macro ssd_outcome_json(pairs) -%}
    case
        when coalesce({{ pairs | map(attribute='1') | join(', ') }}) is not null
            then {{ ssd_json_object(pairs) }}
    end
{%- endmacro %}
