"""The returns oracles: the statutory return tables computed independently from the simulator's truth (never from
the dbt models), so they can be compared row for row with models/marts/returns; and the DfE CIN census rules.
"""
