{{ ssd_empty_int('ssd_cla_care_plan') }}
