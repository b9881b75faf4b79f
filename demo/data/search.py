"""Search synonyms and promoted results (the site_search app)."""

# Words readers type that the pages do not use (or use less), and the words the pages use.
SEARCH_SYNONYMS = [
    {"word": "bupe", "means": "buprenorphine"},
    {"word": "subs", "means": "buprenorphine"},
    {"word": "suboxone", "means": "buprenorphine"},
    {"word": "narcan", "means": "naloxone"},
    {"word": "detox", "means": "withdrawal"},
    {"word": "withdrawl", "means": "withdrawal"},
    {"word": "oud", "means": "opioid use disorder"},
    {"word": "tranq", "means": "xylazine"},
    {"word": "opvee", "means": "nalmefene"},
    {"word": "zurnai", "means": "nalmefene"},
    {"word": "rivive", "means": "naloxone"},
    {"word": "pregnant", "means": "pregnancy"},
    {"word": "breastfeed", "means": "breastfeeding"},
    {"word": "teen", "means": "young people"},
    {"word": "teenager", "means": "young people"},
    {"word": "insurance", "means": "paying for treatment"},
    {"word": "medicaid", "means": "paying for treatment"},
    {"word": "telemedicine", "means": "telehealth"},
    {"word": "fts", "means": "fentanyl test strips"},
    {"word": "needles", "means": "syringe services"},
    {"word": "helpline", "means": "SAMHSA National Helpline"},
]

# Pages shown first for a whole query: (query, the page (the detox guide, a medication's or a
# support article's slug), description).
SEARCH_PROMOTIONS = [
    (
        "withdrawal",
        "detox guide",
        "What happens in each phase of withdrawal, what helps, and when to get emergency help.",
    ),
    (
        "bupe",
        "buprenorphine",
        "Buprenorphine (Suboxone, Sublocade and others) treats opioid use disorder.",
    ),
    (
        "suboxone",
        "buprenorphine",
        "Suboxone is buprenorphine combined with naloxone.",
    ),
    (
        "narcan",
        "naloxone",
        "Narcan is a brand of naloxone nasal spray, which reverses an opioid overdose.",
    ),
    (
        "overdose",
        "naloxone",
        "Naloxone reverses an opioid overdose. If someone cannot be woken, call 911 now.",
    ),
    (
        "pregnant",
        "pregnancy-and-breastfeeding",
        "Methadone or buprenorphine is the safest choice during pregnancy.",
    ),
]
