-- ssd_permanence from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_permanence) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   perm_table_id                  string    PERM001A   permanence_table_id [primary key; required (not null)]
--   perm_person_id                 string    PERM002A   Person Unique ID [required (not null); joins
--                                  ssd_person.pers_person_id]
--   perm_cla_id                    string    PERM022A   CLA Table ID
--   perm_adm_decision_date         timestamp PERM003A   Date of ADM Decision
--   perm_ffa_cp_decision_date      timestamp PERM004A   Date of FFA/ CP Decision
--   perm_placement_order_date      timestamp PERM006A   Date of Placement/ Freeing Order
--   perm_placed_for_adoption_date  timestamp PERM007A   Date Placed for Adoption
--   perm_matched_date              timestamp PERM008A   Date Matched to Prospective Adopters
--   perm_adopted_by_carer_flag     string    PERM021A   Adopted by carer flag [one of Y/N]
--   perm_placed_ffa_cp_date        timestamp PERM009A   Date Placed in FFA/ CP Placement
--   perm_decision_reversed_date    timestamp PERM010A   Date of Decision that Child Should No Longer be Placed for
--                                  Adoption
--   perm_placed_foster_carer_date  timestamp PERM011A   Date originally placed with foster carer(s) (if adopted by
--                                  foster carer/s)
--   perm_part_of_sibling_group     string    PERM012A   Is the child a part of a sibling group? [one of Y/N]
--   perm_siblings_placed_together  integer   PERM013A   Number of children placed, or planned to be placed, for
--                                  adoption together as sibling group INCLUDING this child
--   perm_siblings_placed_apart     integer   PERM014A   Number of siblings placed, or planned to be placed, for
--                                  adoption separately from the child
--   perm_placement_provider_urn    string    PERM015A   URN of the placement provider agency
--   perm_decision_reversed_reason  string    PERM016A   Reason No Longer Placed for Adoption [code in seed
--                                  dfe__903_reason_no_longer_placed]
--   perm_permanence_order_date     timestamp PERM017A   Date of Order
--   perm_permanence_order_type     string    PERM018A   Type of Order
--   perm_adoption_worker_id        string    PERM023A   Adoption social worker [joins
--                                  ssd_professionals.prof_professional_id]
--   perm_adopter_sex               string    PERM025A   Sex of Adopter [code in seed dfe__903_adopter_sex]
--   perm_adopter_legal_status      string    PERM026A   Legal status of adopter [code in seed
--                                  dfe__903_adopter_legal_status]
--   perm_number_of_adopters        integer   PERM027A   Number of adopters. As A(1)
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
