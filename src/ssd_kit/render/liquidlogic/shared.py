"""Raw tables that both renderer halves write into (declared once here)."""

SHARED_TABLES: dict[str, dict[str, str]] = {
    # Case notes: CIN visits (people.py), CP visits, CLA visits and IRO contacts (care.py).
    "FACT_CASENOTES": {
        "FACT_CASENOTE_ID": "int",
        "DIM_PERSON_ID": "int",
        "EVENT_DTTM": "datetime",
        "DIM_LOOKUP_CASNT_TYPE_ID_CODE": "text",
        "SEEN_FLAG": "text",
        "SEEN_ALONE_FLAG": "text",
        "SEEN_BEDROOM_FLAG": "text",
    },
    # Generic forms and their answers: assessments (people.py), CP review quorate answers (care.py).
    "FACT_FORMS": {
        "FACT_FORM_ID": "int",
        "DIM_PERSON_ID": "int",
        "DIM_LOOKUP_FORM_TYPE_ID_CODE": "text",
    },
    "FACT_FORM_ANSWERS": {
        "FACT_FORM_ANSWER_ID": "int",
        "FACT_FORM_ID": "int",
        "ANSWER_NO": "text",
        "ANSWER": "text",
        "ANSWERED_DTTM": "datetime",
        "DIM_ASSESSMENT_TEMPLATE_ID_DESC": "text",
    },
    # Care plans: CIN plan coordinators (people.py), pathway plans for care leavers (care.py).
    "FACT_CARE_PLANS": {
        "FACT_CARE_PLAN_ID": "int",
        "FACT_CARE_PLAN_SUMMARY_ID": "int",
        "DIM_PERSON_ID": "int",
        "START_DTTM": "datetime",
        "END_DTTM": "datetime",
        "MODIF_DTTM": "datetime",
        "DIM_LOOKUP_PLAN_STATUS_ID_CODE": "text",
        "DIM_LOOKUP_PLAN_TYPE_ID_CODE": "text",
        "DIM_PLAN_COORD_ID": "int",
        "DIM_PLAN_COORD_DEPT_ID": "int",
    },
}
