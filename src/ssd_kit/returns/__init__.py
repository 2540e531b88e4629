"""The statutory returns' file writers (CIN census XML, SSDA903 CSVs, Ofsted Annex A workbook) and export.

The dbt models in models/marts/returns/ compute each return from the SSD layer; the modules here write and
validate the files. The independent oracles that prove the models are in ssd_sim.returns.
"""
