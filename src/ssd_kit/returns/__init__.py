"""The statutory returns: an independent oracle computed from the simulator's truth, and the file writers.

The dbt models in models/marts/returns/ compute each return from the SSD layer; the modules here compute
the same tables from the truth (never from the dbt models), so the two can be compared row for row.
"""
