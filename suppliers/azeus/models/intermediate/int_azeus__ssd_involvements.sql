{{ ssd_empty_int('ssd_involvements') }}
