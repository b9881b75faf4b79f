"""The fictional clinical reviewers of the demo pages. They are flagged as demo records when
loaded, and production settings never show them (settings.SHOW_DEMO_REVIEWERS)."""

# Fictional clinicians for the demo: their surnames say so.
REVIEWERS = [
    {
        "name": "Alex Sample",
        "credentials": "MD, FASAM",
        "role": "Addiction medicine physician (fictional demo reviewer)",
        "is_demo": True,
    },
    {
        "name": "Jamie Fictive",
        "credentials": "PharmD, BCPP",
        "role": "Clinical pharmacist (fictional demo reviewer)",
        "is_demo": True,
    },
    {
        "name": "Riley Example",
        "credentials": "LCSW, LCADC",
        "role": "Addiction counselor and social worker (fictional demo reviewer)",
        "is_demo": True,
    },
]
PHYSICIAN, PHARMACIST, COUNSELOR = (reviewer["name"] for reviewer in REVIEWERS)
