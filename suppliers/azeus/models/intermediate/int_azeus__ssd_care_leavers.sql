{{ ssd_empty_int('ssd_care_leavers') }}
