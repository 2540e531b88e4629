-- ssd_ehcp_named_plan from caredirector: SCAFFOLD, no rows yet. Replace the call below with your mapping (the
-- README.md of this folder; the fields, types and tests are in models/ssd/_ssd__models.yml).
-- Usually left empty: SEN2 (SEND and EHC plan) data is held in the local authority's education system, not in the
-- children's social care case management system; a future education connector fills it.
{{ ssd_empty_int('ssd_ehcp_named_plan') }}
