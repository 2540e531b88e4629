-- ssd_permanence: no rows from Azeus (typed columns, zero rows); no known Azeus source: the ghost DDL names a
-- candidate table (ADOPTER_APP) but no document maps its fields or values.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as perm_table_id,
        cast(null as {{ ssd_type('string') }}) as perm_person_id,
        cast(null as {{ ssd_type('string') }}) as perm_cla_id,
        cast(null as {{ ssd_type('timestamp') }}) as perm_adm_decision_date,
        cast(null as {{ ssd_type('timestamp') }}) as perm_ffa_cp_decision_date,
        cast(null as {{ ssd_type('timestamp') }}) as perm_placement_order_date,
        cast(null as {{ ssd_type('timestamp') }}) as perm_placed_for_adoption_date,
        cast(null as {{ ssd_type('timestamp') }}) as perm_matched_date,
        cast(null as {{ ssd_type('string') }}) as perm_adopted_by_carer_flag,
        cast(null as {{ ssd_type('timestamp') }}) as perm_placed_ffa_cp_date,
        cast(null as {{ ssd_type('timestamp') }}) as perm_decision_reversed_date,
        cast(null as {{ ssd_type('timestamp') }}) as perm_placed_foster_carer_date,
        cast(null as {{ ssd_type('string') }}) as perm_part_of_sibling_group,
        cast(null as {{ ssd_type('integer') }}) as perm_siblings_placed_together,
        cast(null as {{ ssd_type('integer') }}) as perm_siblings_placed_apart,
        cast(null as {{ ssd_type('string') }}) as perm_placement_provider_urn,
        cast(null as {{ ssd_type('string') }}) as perm_decision_reversed_reason,
        cast(null as {{ ssd_type('timestamp') }}) as perm_permanence_order_date,
        cast(null as {{ ssd_type('string') }}) as perm_permanence_order_type,
        cast(null as {{ ssd_type('string') }}) as perm_adoption_worker_id,
        cast(null as {{ ssd_type('string') }}) as perm_adopter_sex,
        cast(null as {{ ssd_type('string') }}) as perm_adopter_legal_status,
        cast(null as {{ ssd_type('integer') }}) as perm_number_of_adopters,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
