-- ssd_cin_episodes: one row per instance of the Child: Referral form (design e6d9de9a-...). The referral id
-- is the form's INSTANCEID (the extract's PERSONID || INSTANCEID is not used, so that cla_episodes,
-- assessments and plans join on the same id). Referral date: CINCensus_DateOfReferral. Source and primary
-- need are answer texts recoded through seeds eclipse__referral_source / eclipse__primary_need. Outcome
-- JSON: the ticked AnnexAReturn_nextSteps_agreed options (Y; the rest N); NFA = its NFA flag. Close date and
-- reason: the CIN-episode classification (path 10) of the person that starts on the referral date; its
-- ENDREASON text recoded through seed eclipse__closure_reason (open episodes: null). Worker: the form's
-- submitter. Team: no source in Eclipse (null). SSD-bound rows: COMPLETE forms of people in ssd_person
-- with a referral date.
with forms as (

    select * from {{ ref('int_eclipse__form_instances') }}
    where design_guid = 'e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f'

),

flags as (

    select
        {%- for key in ssd_outcome_json_keys('cine_referral_outcome_json') %}
            max(case when flag_key = '{{ key }}' then 'Y' end) as {{ key | lower }},
        {%- endfor %}
        instance_id
    from {{ ref('int_eclipse__form_outcome_flags') }}
    where json_column = 'cine_referral_outcome_json'
    group by instance_id

),

sources as (

    select
        lower(trim(labels.answer_text)) as answer_text,
        max(labels.dfe_code) as dfe_code,
        max(dfe.description) as dfe_description
    from {{ ref('eclipse__referral_source') }} as labels
    inner join {{ ref('dfe__cin_referral_source') }} as dfe
        on labels.dfe_code = dfe.code
    group by lower(trim(labels.answer_text))

),

needs as (

    {{ eclipse_seed_lookup('eclipse__primary_need', 'answer_text', 'dfe_code') }}

),

episodes as (

    select
        person_id,
        start_date,
        end_date,
        end_reason,
        row_number() over (partition by person_id, start_date order by assignment_key) as episode_row
    from {{ ref('stg_eclipse__person_classifications') }}
    where path_id = 10 and coalesce(status, '') <> 'DELETED'

),

closures as (

    {{ eclipse_seed_lookup('eclipse__closure_reason', 'end_reason', 'dfe_code') }}

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

joined as (

    select
        forms.*,
        {%- for key in ssd_outcome_json_keys('cine_referral_outcome_json') %}
            flags.{{ key | lower }},
        {%- endfor %}
        sources.dfe_code as source_code,
        sources.dfe_description as source_description,
        needs.dfe_code as need_code,
        episodes.end_date as close_date,
        episodes.end_reason,
        closures.dfe_code as close_reason,
        people.pers_person_id
    from forms
    left join flags
        on forms.instance_id = flags.instance_id
    left join sources
        on lower(forms.cincensus_referralsource) = sources.answer_text
    left join needs
        on lower(forms.cincensus_primaryneedcategory) = needs.answer_text
    left join episodes
        on forms.person_id = episodes.person_id
            and forms.cincensus_dateofreferral = episodes.start_date
            and episodes.episode_row = 1
    left join closures
        on lower(episodes.end_reason) = closures.end_reason
    left join people
        on forms.person_id = people.pers_person_id

),

final as (

    select
        joined.instance_id as cine_referral_id,
        joined.person_id as cine_person_id,
        joined.cincensus_dateofreferral as cine_referral_date,
        joined.need_code as cine_cin_primary_need_code,
        joined.source_code as cine_referral_source_code,
        joined.source_description as cine_referral_source_desc,
        {{ ssd_outcome_json(eclipse_flag_pairs('cine_referral_outcome_json')) }} as cine_referral_outcome_json,
        coalesce(joined.nfa_flag, 'N') as cine_referral_nfa,
        case when joined.close_date is not null then joined.close_reason end as cine_close_reason,
        joined.close_date as cine_close_date,
        cast(null as {{ ssd_type('string') }}) as cine_referral_team,
        joined.submitter_person_id as cine_referral_worker_id,
        'FORMANSWERPERSONVIEW' as _source_table,
        joined.instance_id as _source_key,
        case
            when coalesce(joined.instance_state, '') <> 'COMPLETE' then 'form_not_complete'
            when joined.pers_person_id is null then 'person_not_in_ssd_person'
            when joined.cincensus_dateofreferral is null then 'missing_referral_date'
            when
                joined.cincensus_referralsource is not null and joined.source_code is null
                then 'unknown_referral_source'
            when joined.cincensus_primaryneedcategory is not null and joined.need_code is null
                then 'unknown_primary_need_code'
            when joined.close_date is not null and joined.close_reason is null then 'unknown_close_reason_code'
        end as _dq_reason
    from joined

)

select * from final
