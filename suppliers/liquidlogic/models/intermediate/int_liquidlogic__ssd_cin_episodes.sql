{%- set outcome_pairs = liquidlogic_outcome_pairs('cine_referral_outcome_json') -%}
{%- set outcome_cols = outcome_pairs | map(attribute='1') | list -%}
-- ssd_cin_episodes: one row per FACT_REFERRALS row (no window); SSD-bound rows have a referral date and
-- belong to people in ssd_person. The worker is the referral's DIM_WORKER_ID (the SystemC extract used the
-- worker's name, DIM_WORKER_ID_DESC, which cannot join ssd_professionals). Primary need (N0-N9), closure
-- reason (RC1-RC9) and source (DfE list, by code or else description) are checked against the DfE seeds:
-- a value that is not a DfE code rejects the row (the CIN census needs them); blanks stay null. Outcome
-- flags become Y/N; an unrecognised flag rejects the row. cine_referral_nfa is OUTCOME_NFA_FLAG.
-- Outcome flags become Y/N (an unrecognised one rejects the row); the outcome JSON is null when no flag is recorded.
with referrals as (

    select * from {{ ref('stg_liquidlogic__referrals') }}

),

sources as (

    select
        upper(code) as code,
        description
    from {{ ref('dfe__cin_referral_source') }}

),

primary_needs as (

    select upper(code) as code from {{ ref('dfe__cin_primary_need') }}

),

closure_reasons as (

    select upper(code) as code from {{ ref('dfe__cin_reason_for_closure') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        referrals.*,
        {{ ssd_key_row('referrals', 'referral_key') }} as key_row,
        {{ ssd_key_conflict('referrals', 'referral_key') }} as key_conflict
    from referrals

),

joined as (

    select
        numbered.*,
        coalesce(by_code.code, by_description.code) as source_code,
        coalesce(by_code.description, by_description.description) as source_description,
        primary_needs.code as checked_primary_need_code,
        closure_reasons.code as checked_close_reason_code,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join sources as by_code
        on numbered.referral_source_code = by_code.code
    left join sources as by_description
        on lower(numbered.referral_source_description) = lower(by_description.description)
            and by_code.code is null
    left join primary_needs
        on numbered.primary_need_code = primary_needs.code
    left join closure_reasons
        on numbered.close_reason_code = closure_reasons.code
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        referral_id as cine_referral_id,
        person_id as cine_person_id,
        referral_date as cine_referral_date,
        checked_primary_need_code as cine_cin_primary_need_code,
        source_code as cine_referral_source_code,
        source_description as cine_referral_source_desc,
        case
            when coalesce({{ outcome_cols | join(', ') }}) is not null
                then {{ ssd_json_object(outcome_pairs) }}
        end as cine_referral_outcome_json,
        outcome_nfa_flag as cine_referral_nfa,
        checked_close_reason_code as cine_close_reason,
        close_date as cine_close_date,
        team_id as cine_referral_team,
        worker_id as cine_referral_worker_id,
        'FACT_REFERRALS' as _source_table,
        referral_key as _source_key,
        case
            when referral_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when referral_date is null then 'missing_referral_date'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when primary_need_code is not null and checked_primary_need_code is null then 'unknown_primary_need_code'
            when close_reason_code is not null and checked_close_reason_code is null then 'unknown_close_reason_code'
            when source_code is null and (referral_source_code is not null or referral_source_description is not null)
                then 'unknown_referral_source'
            {%- for col in outcome_cols %}
                when {{ ssd_is_unrecognised_flag(col ~ '_raw') }} then 'unrecognised_outcome_flag'
            {%- endfor %}
        end as _dq_reason
    from joined

)

select * from final
