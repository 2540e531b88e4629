-- ssd_api_data_staging from caredirector: SCAFFOLD, no rows yet. Replace the call below with your mapping (the
-- README.md of this folder; the fields, types and tests are in models/ssd/_ssd__models.yml).
-- Usually left empty: The DfE children's social care API process fills it from the other SSD tables; no case
-- management system extract does.
{{ ssd_empty_int('ssd_api_data_staging') }}
