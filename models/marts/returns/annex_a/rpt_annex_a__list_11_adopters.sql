-- Ofsted Annex A list 11 (adopters): typed, with zero rows. The SSD has no prospective-adopter entity:
-- ssd_permanence describes the child's journey (with only the adopters' number, sex and legal status),
-- and no SSD table records adopter enquiries, stage 1/2 or approval. So the list cannot be built from
-- the SSD; an LA fills it from its adoption (regional adoption agency) system.
select
    cast(null as {{ ssd_type('string') }}) as individual_adopter_identifier,
    cast(null as {{ ssd_type('string') }}) as family_identifier,
    cast(null as {{ ssd_type('string') }}) as gender,
    cast(null as {{ ssd_type('string') }}) as ethnicity,
    cast(null as {{ ssd_type('string') }}) as disability,
    cast(null as {{ ssd_type('string') }}) as fostering_for_adoption,
    cast(null as date) as date_enquiry_received,
    cast(null as date) as date_stage_1_started,
    cast(null as date) as date_stage_1_ended,
    cast(null as date) as date_stage_2_started,
    cast(null as date) as date_stage_2_ended,
    cast(null as date) as date_application_submitted,
    cast(null as date) as date_application_approved,
    cast(null as date) as date_adopter_matched,
    cast(null as date) as date_children_placed,
    cast(null as integer) as number_of_children_placed,
    cast(null as date) as date_of_adoption_order,
    cast(null as date) as date_of_leaving_adoption_process,
    cast(null as {{ ssd_type('string') }}) as reason_for_leaving_adoption_process
where 1 = 0
