{{ ssd_empty_int('ssd_api_data_staging') }}
