{{ ssd_empty_int('ssd_ehcp_active_plans') }}
