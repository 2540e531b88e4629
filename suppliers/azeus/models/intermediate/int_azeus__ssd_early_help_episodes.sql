{{ ssd_empty_int('ssd_early_help_episodes') }}
