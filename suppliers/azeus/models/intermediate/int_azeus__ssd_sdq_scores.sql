{{ ssd_empty_int('ssd_sdq_scores') }}
