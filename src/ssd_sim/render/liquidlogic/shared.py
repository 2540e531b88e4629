"""Raw tables that both renderer halves write into (declared once here)."""

# The raw tables this module writes (their columns and kinds: suppliers/<name>/supplier.yml).
SHARED_TABLES: tuple[str, ...] = (
    "FACT_CASENOTES",
    "FACT_FORMS",
    "FACT_FORM_ANSWERS",
    "FACT_CARE_PLANS",
)
