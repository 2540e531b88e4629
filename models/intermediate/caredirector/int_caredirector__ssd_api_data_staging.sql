-- ssd_api_data_staging from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- Usually left empty: The DfE children's social care API process fills it from the other SSD tables; no case
-- management system extract does.
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_api_data_staging) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   id                    string    APIS1001A  identifier for json record [primary key; required (not null)]
--   person_id             string    APIS1002A  associated person id with json payload, person_id also duplicated
--                         within payload
--   json_payload          string    APIS1003A  agreed json data payload in line with api specification
--   current_hash          string    APIS1004A  computed hash from pending or last sent payload
--   previous_hash         string    APIS1005A  computed hash on current data payload
--   submission_status     string    APIS1006A  status flag string of json payload in relation to outgoing
--                         transmission - Pending, Sent, Error
--   submission_timestamp  timestamp APIS1007A  Generated timestamp from api process GETDATE()
--   api_response          string    APIS1008A  reponse code and detail returned from api endpoint
--   row_state             string    APIS1009A  status flag string describing whether json record contains new,
--                         updated, deleted, unchanged data within the record. Only those not flagged unchanged are
--                         included in any api transmission.
--   last_updated          timestamp APIS1010A  timestamp for the last time the row json record was updated/extracted
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as id,
        cast(null as {{ ssd_type('string') }}) as person_id,
        cast(null as {{ ssd_type('string') }}) as json_payload,
        cast(null as {{ ssd_type('string') }}) as current_hash,
        cast(null as {{ ssd_type('string') }}) as previous_hash,
        cast(null as {{ ssd_type('string') }}) as submission_status,
        cast(null as {{ ssd_type('timestamp') }}) as submission_timestamp,
        cast(null as {{ ssd_type('string') }}) as api_response,
        cast(null as {{ ssd_type('string') }}) as row_state,
        cast(null as {{ ssd_type('timestamp') }}) as last_updated,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final
