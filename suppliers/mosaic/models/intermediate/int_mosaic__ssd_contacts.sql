-- ssd_contacts: one row per child contact step (DM_WORKFLOW_STEPS with IS_CHILD_CONTACT = Y; other steps
-- feed other tables). The child is the step subgroup's PER subject; the date is the day of STARTED_ON. The
-- source: DM_STEP_SOURCE_DETAILS.SOURCE_TYPE_ID mapped through CHILD_GROUP_EMBEDDED_CODES_VW (group
-- Child CIN Referral Source) to the DfE code and its description. Outcomes: the step's next actions mapped by
-- seed mosaic__next_action_outcomes into the SSD JSON (the extract's comma list of descriptions is not JSON).
-- Cancelled contacts (cancelled_step) and contacts of people outside ssd_person are quarantined.
with contacts as (

    select * from {{ ref('int_mosaic__steps') }}
    where {{ ssd_yn('is_child_contact') }} = 'Y'

),

sources as (

    select
        details.workflow_step_id,
        max(codes.category_code) as source_code,
        max(codes.category_description) as source_description
    from {{ ref('stg_mosaic__dm_step_source_details') }} as details
    inner join {{ ref('stg_mosaic__child_group_embedded_codes_vw') }} as codes
        on details.source_type_id = codes.mapped_value and codes.group_name = 'Child CIN Referral Source'
    group by details.workflow_step_id

),

outcomes as (

    {{ mosaic_outcome_flags('cont_contact_outcome_json') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        contacts.workflow_step_id as cont_contact_id,
        contacts.person_id as cont_person_id,
        contacts.started_date as cont_contact_date,
        sources.source_code as cont_contact_source_code,
        sources.source_description as cont_contact_source_desc,
        case
            when contacts.step_status = 'COMPLETED' or outcomes.source_step_id is not null
                then {{ ssd_json_object(mosaic_outcome_pairs('cont_contact_outcome_json', 'outcomes')) }}
        end as cont_contact_outcome_json,
        'DM_WORKFLOW_STEPS' as _source_table,
        contacts.workflow_step_id as _source_key,
        case
            when contacts.workflow_step_id is null then 'missing_key'
            when contacts.key_row > 1 then 'duplicate_key'
            when contacts.step_status = 'CANCELLED' then 'cancelled_step'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when contacts.started_date is null then 'missing_contact_date'
        end as _dq_reason
    from contacts
    left join sources
        on contacts.workflow_step_id = sources.workflow_step_id
    left join outcomes
        on contacts.workflow_step_id = outcomes.source_step_id
    left join scope
        on contacts.person_id = scope.person_id

)

select * from final
