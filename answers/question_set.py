"""Everyday questions and the passages that answer them: the finder's test set.

Written the way readers type (lower case, misspelt, brand names, no punctuation). Each question
lists the passage or passages (page path and anchor) that answer it; a question counts as
answered when one of them is among the three passages shown. tests/answers/test_question_set.py
prints the share and fails below 90 %. HELD_OUT was written after the ranking was tuned and is
never tuned for: it shows how the finder does on questions it has not seen.
"""

METHADONE = "/medications/methadone/"
BUPRENORPHINE = "/medications/buprenorphine/"
NALTREXONE = "/medications/naltrexone/"
NALOXONE = "/medications/naloxone/"
LOFEXIDINE = "/medications/lofexidine/"
NALMEFENE = "/medications/nalmefene/"
CBT = "/therapies/cognitive-behavioral-therapy/"
CONTINGENCY = "/therapies/contingency-management/"
MOTIVATIONAL = "/therapies/motivational-interviewing/"
FAMILY = "/therapies/family-therapy/"
PEER = "/therapies/peer-support-and-12-step-facilitation/"
COMMUNITY = "/therapies/community-reinforcement-approach/"
EARLY = "/detox/early-withdrawal/"
PEAK = "/detox/peak-withdrawal/"
SUBSIDING = "/detox/subsiding-withdrawal/"
POST_ACUTE = "/detox/post-acute-withdrawal/"
OVERVIEW = "/treatments-overview/"


def at(page, *anchors):
    return tuple(f"{page}#{anchor}" for anchor in anchors)


QUESTIONS = [
    ("can i take methadone while pregnant", at(METHADONE, "pregnancy")),
    ("is suboxone safe when pregnant", at(BUPRENORPHINE, "pregnancy")),
    ("methadon side effects", at(METHADONE, "side-effects")),
    ("suboxon side effects", at(BUPRENORPHINE, "side-effects")),
    ("does vivitrol make you sick", at(NALTREXONE, "side-effects")),
    ("how much does vivitrol cost", at(NALTREXONE, "cost")),
    ("is methadone covered by medicaid", at(METHADONE, "cost")),
    ("how does narcan work", at(NALOXONE, "how-it-works")),
    (
        "where can i get narcan",
        at(NALOXONE, "where-given", "summary", "which-naloxone-should-i-buy"),
    ),
    (
        "do i need a prescription for narcan",
        at(NALOXONE, "where-given", "summary", "which-naloxone-should-i-buy"),
    ),
    (
        "can i get in trouble for calling 911 if my friend ods",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    ("how long does narcan last", at(NALOXONE, "warnings", "nalmefene-or-naloxone")),
    ("what is opvee", at(NALMEFENE, "summary", "key-facts", "who-can-use-opvee-and-zurnai")),
    ("opvee or narcan which is better", at(NALMEFENE, "nalmefene-or-naloxone")),
    ("what is lucemyra", at(LOFEXIDINE, "summary", "key-facts")),
    (
        "does lucemyra stop withdrawl",
        at(LOFEXIDINE, "will-lofexidine-stop-all-my-symptoms", "summary", "part-of-a-bigger-plan"),
    ),
    ("lucemyra blood pressure", at(LOFEXIDINE, "warnings", "side-effects")),
    (
        "how long does withdrawl last",
        at(SUBSIDING, "summary", "key-facts") + at(EARLY, "summary") + at(PEAK, "summary"),
    ),
    (
        "when does withdrawal start after heroin",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    (
        "how soon after fentanyl can i start suboxone",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings"),
    ),
    ("what is precipitated withdrawal", at(BUPRENORPHINE, "warnings")),
    (
        "how long do i have to be clean before vivitrol",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    (
        "can my regular doctor prescribe suboxone",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given"),
    ),
    (
        "can i get bupe by telehealth",
        at(BUPRENORPHINE, "where-given", "can-my-regular-doctor-prescribe-it"),
    ),
    ("can i take methadone home", at(METHADONE, "when-can-i-take-doses-home", "where-given")),
    ("how long will i be on methadone", at(METHADONE, "how-long-will-i-need-to-take-methadone")),
    ("can i drink alcohol on methadone", at(METHADONE, "warnings", "starting-methadone")),
    ("mixing xanax and suboxone", at(BUPRENORPHINE, "warnings")),
    ("what is sublocade", at(BUPRENORPHINE, "key-facts", "summary", "how-it-works")),
    (
        "is methadone just swapping one drug for another",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "what is the best treatment for opioid addiction",
        at(OVERVIEW, "summary", "medication-is-the-core-of-treatment"),
    ),
    ("where can i find treatment near me", at(OVERVIEW, "finding-treatment")),
    (
        "is detox enough",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure") + at(SUBSIDING, "plan-what-comes-next"),
    ),
    ("what are the signs of withdrawal", at(EARLY, "signs") + at(PEAK, "signs")),
    ("worst days of withdrawl", at(PEAK, "summary", "getting-through-the-worst-days", "key-facts")),
    ("i relapsed am i a failure", at(POST_ACUTE, "is-it-a-failure-if-i-use-again")),
    (
        "still feel depressed weeks after detox",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    ("what is the cows score", at(EARLY, "what-is-the-cows-score")),
    ("what happens in cbt", at(CBT, "approach", "what-a-session-is-like", "summary")),
    (
        "do i have to talk about my childhood in therapy",
        at(CBT, "do-i-have-to-talk-about-my-childhood"),
    ),
    (
        "what happens if i fail a drug test in contingency management",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    ("do i get paid to stay clean", at(CONTINGENCY, "summary", "approach", "why-rewards-help")),
    ("my family wont come to therapy", at(FAMILY, "what-if-my-family-will-not-come")),
    ("can my son come to family therapy", at(FAMILY, "who-can-take-part", "summary", "approach")),
    ("are 12 step groups ok if im on methadone", at(PEER, "finding-the-right-group", "approach")),
    ("i am not sure i want to quit", at(MOTIVATIONAL, "it-starts-where-you-are", "summary")),
    (
        "why do i have to keep suboxone under my tongue",
        at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue"),
    ),
    ("is buprenorphine used for pain", at(BUPRENORPHINE, "is-buprenorphine-also-used-for-pain")),
    (
        "whats the max dose of suboxone a day",
        at(BUPRENORPHINE, "how-much-buprenorphine-can-i-take-in-a-day"),
    ),
    ("can naltrexone be taken while breastfeeding", at(NALTREXONE, "pregnancy")),
    ("which narcan should i buy", at(NALOXONE, "which-naloxone-should-i-buy")),
    ("can you give narcan to a pregnant woman", at(NALOXONE, "pregnancy")),
    # First held-out set (80 % before its misses were studied), since used for tuning:
    ("is methadone bad for my baby", at(METHADONE, "pregnancy")),
    ("does suboxone cause constipation", at(BUPRENORPHINE, "side-effects")),
    (
        "how often do you get the vivitrol shot",
        at(NALTREXONE, "key-facts", "summary", "where-given"),
    ),
    ("can anyone give naloxone", at(NALOXONE, "summary", "where-given", "be-ready-to-save-a-life")),
    ("narcan wore off what now", at(NALOXONE, "warnings")),
    ("what does methadone do to your brain", at(METHADONE, "how-it-works")),
    ("is lofexidine an opioid", at(LOFEXIDINE, "summary", "key-facts")),
    ("first day at the methadone clinic", at(METHADONE, "starting-methadone")),
    (
        "when can i start bupe after my last use",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings"),
    ),
    ("insurance for suboxone", at(BUPRENORPHINE, "cost")),
    (
        "how do i stop methadone",
        at(METHADONE, "how-long-will-i-need-to-take-methadone", "warnings"),
    ),
    ("symptoms of opiate withdrawal", at(EARLY, "signs", "summary") + at(PEAK, "signs", "summary")),
    ("diarrhea and vomiting in withdrawal", at(PEAK, "signs", "care", "summary")),
    (
        "cant sleep weeks after quitting",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    ("what is family therapy", at(FAMILY, "summary", "approach")),
    ("who can come to family therapy", at(FAMILY, "who-can-take-part")),
    ("what is motivational interviewing", at(MOTIVATIONAL, "summary", "approach")),
    ("how long is a cbt session", at(CBT, "what-a-session-is-like", "key-facts")),
    ("what is contingency managment", at(CONTINGENCY, "summary", "approach")),
    ("do narcotics anonymous meetings help", at(PEER, "evidence", "summary", "approach")),
    ("is addiction a disease", at(OVERVIEW, "opioid-addiction-is-a-medical-condition")),
    ("good samaritan law overdose", at(NALOXONE, "can-i-get-in-trouble-for-calling-911")),
    (
        "what is zurnai",
        at(NALMEFENE, "who-can-use-opvee-and-zurnai", "summary", "key-facts", "where-given"),
    ),
    ("can kids use opvee", at(NALMEFENE, "who-can-use-opvee-and-zurnai", "where-given")),
    (
        "how long does methadone withdrawal last",
        at(SUBSIDING, "key-facts", "summary")
        + at(EARLY, "heroin-methadone-and-fentanyl", "when-does-withdrawal-start")
        + at(PEAK, "key-facts"),
    ),
]

# Written after tuning; not used to tune anything.
HELD_OUT = []
