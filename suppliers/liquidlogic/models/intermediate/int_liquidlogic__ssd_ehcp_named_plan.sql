{{ ssd_empty_int('ssd_ehcp_named_plan') }}
