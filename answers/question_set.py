"""Everyday questions and the passages that answer them: the finder's test set.

Written the way readers type (lower case, misspelt, brand names, no punctuation). Each question
lists the passage or passages (page path and anchor) that answer it; a question counts as
answered when one of them is among the three passages shown. tests/answers/test_question_set.py
prints the share and fails below 90 %. HELD_OUT was written after the ranking was tuned and is
never tuned for: it shows how the finder does on questions it has not seen. HELD_OUT_2 was
written later still, before the next round of changes, and measured once after them. UNSEEN
(50 questions, written without looking at the passages; 2 are answered by no page and are kept
apart as content gaps) was measured before and after the next round; UNSEEN_2 was written after
that round and measured once. UNSEEN_3 to UNSEEN_24 were each written by someone who had read
the passages but not the finder, and measured before the changes that followed them; UNSEEN_25
to UNSEEN_28 were written after the last change and never tuned for. The
questions no page answers are listed in *_GAPS for editors.
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
HARM = "/support/harm-reduction/"
PREGNANCY = "/support/pregnancy-and-breastfeeding/"
CARE = "/support/getting-care/"
FAMILIES = "/support/families-and-friends/"
YOUNG = "/support/young-people/"
SUPPORT = "/support/"


def at(page, *anchors):
    return tuple(f"{page}#{anchor}" for anchor in anchors)


QUESTIONS = [
    (
        "can i take methadone while pregnant",
        at(METHADONE, "pregnancy")
        + at(PREGNANCY, "is-methadone-safe-when-i-am-pregnant", "treatment-during-pregnancy"),
    ),
    (
        "is suboxone safe when pregnant",
        at(BUPRENORPHINE, "pregnancy")
        + at(PREGNANCY, "is-buprenorphine-safe-when-i-am-pregnant", "treatment-during-pregnancy"),
    ),
    ("methadon side effects", at(METHADONE, "side-effects")),
    ("suboxon side effects", at(BUPRENORPHINE, "side-effects")),
    ("does vivitrol make you sick", at(NALTREXONE, "side-effects")),
    ("how much does vivitrol cost", at(NALTREXONE, "cost")),
    ("is methadone covered by medicaid", at(METHADONE, "cost") + at(CARE, "paying-for-treatment")),
    ("how does narcan work", at(NALOXONE, "how-it-works")),
    (
        "where can i get narcan",
        at(NALOXONE, "where-given", "summary", "which-naloxone-should-i-buy")
        + at(HARM, "where-can-i-get-naloxone"),
    ),
    (
        "do i need a prescription for narcan",
        at(NALOXONE, "where-given", "summary", "which-naloxone-should-i-buy")
        + at(HARM, "where-can-i-get-naloxone", "naloxone-for-friends-and-family"),
    ),
    (
        "can i get in trouble for calling 911 if my friend ods",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "how long does narcan last",
        at(NALOXONE, "warnings") + at(NALMEFENE, "nalmefene-or-naloxone"),
    ),
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
    (
        "where can i find treatment near me",
        at(OVERVIEW, "finding-treatment") + at(CARE, "finding-treatment-near-you", "summary"),
    ),
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
    (
        "can my son come to family therapy",
        at(FAMILY, "who-can-take-part", "summary", "approach") + at(YOUNG, "family-and-therapy"),
    ),
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
    (
        "can you give narcan to a pregnant woman",
        at(NALOXONE, "pregnancy") + at(HARM, "naloxone-for-friends-and-family"),
    ),
    # The help and support pages.
    ("what is tranq", at(HARM, "xylazine-or-tranq")),
    ("how do fentanyl test strips work", at(HARM, "fentanyl-and-xylazine-test-strips")),
    (
        "i use alone what can i do",
        at(HARM, "never-use-alone", "what-if-i-have-no-one-to-be-with-me"),
    ),
    ("where can i get clean needles", at(HARM, "syringe-services-programs")),
    (
        "narcan worked but he wont wake up",
        at(HARM, "what-if-naloxone-works-but-the-person-still-will-not-wake-up"),
    ),
    ("should i get tested for hep c", at(HARM, "testing-for-hiv-and-hepatitis-c")),
    (
        "should i detox while pregnant",
        at(PREGNANCY, "should-i-go-through-withdrawal-while-i-am-pregnant"),
    ),
    (
        "can i breastfeed on methadone",
        at(PREGNANCY, "breastfeeding-on-medication", "when-should-i-not-breastfeed")
        + at(METHADONE, "pregnancy"),
    ),
    (
        "my baby has withdrawal after birth",
        at(PREGNANCY, "after-your-baby-is-born", "what-helps-a-baby-with-withdrawal-signs"),
    ),
    (
        "what should i bring to my first appointment",
        at(
            CARE,
            "what-should-i-bring-to-my-first-visit",
            "your-first-visit-to-an-opioid-treatment-program",
        ),
    ),
    ("i have no insurance can i still get treatment", at(CARE, "what-if-i-have-no-insurance")),
    (
        "will my boss find out im in treatment",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "can i text the helpline",
        at(CARE, "can-i-reach-the-helpline-without-talking-on-the-phone", "call-or-text-for-help"),
    ),
    (
        "how can i help my son who is using",
        at(FAMILIES, "how-can-i-help-my-son-or-daughter", "how-to-help-someone-you-love"),
    ),
    (
        "should i wait for him to hit rock bottom",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    ("support groups for parents of addicts", at(FAMILIES, "groups-for-families")),
    (
        "what is craft",
        at(FAMILIES, "craft-a-way-to-help-a-loved-one-into-treatment", "where-can-i-learn-craft"),
    ),
    (
        "can my teenager get suboxone",
        at(
            YOUNG,
            "which-medicine-is-used-for-teens",
            "medication-is-for-young-people-too",
            "summary",
        ),
    ),
    (
        "will my parents find out if i get treatment",
        at(YOUNG, "privacy-for-young-people") + at(CARE, "your-privacy"),
    ),
    # First held-out set (80 % before its misses were studied), since used for tuning:
    (
        "is methadone bad for my baby",
        at(METHADONE, "pregnancy")
        + at(
            PREGNANCY,
            "is-methadone-safe-when-i-am-pregnant",
            "after-your-baby-is-born",
            "treatment-during-pregnancy",
        ),
    ),
    ("does suboxone cause constipation", at(BUPRENORPHINE, "side-effects")),
    (
        "how often do you get the vivitrol shot",
        at(NALTREXONE, "key-facts", "summary", "where-given"),
    ),
    (
        "can anyone give naloxone",
        at(NALOXONE, "summary", "where-given", "be-ready-to-save-a-life")
        + at(HARM, "naloxone-for-friends-and-family", "who-should-carry-naloxone"),
    ),
    ("narcan wore off what now", at(NALOXONE, "warnings")),
    ("what does methadone do to your brain", at(METHADONE, "how-it-works")),
    ("is lofexidine an opioid", at(LOFEXIDINE, "summary", "key-facts")),
    ("first day at the methadone clinic", at(METHADONE, "starting-methadone")),
    (
        "when can i start bupe after my last use",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings"),
    ),
    ("insurance for suboxone", at(BUPRENORPHINE, "cost") + at(CARE, "paying-for-treatment")),
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
HELD_OUT = [
    (
        "can methadone hurt my unborn baby",
        at(METHADONE, "pregnancy")
        + at(
            PREGNANCY,
            "is-methadone-safe-when-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        ),
    ),
    ("side effects of naltrexone", at(NALTREXONE, "side-effects")),
    ("sublocade injection how often", at(BUPRENORPHINE, "key-facts", "summary", "where-given")),
    ("how much is narcan", at(NALOXONE, "cost")),
    ("can i overdose on suboxone", at(BUPRENORPHINE, "warnings")),
    (
        "does lofexidine help with cravings",
        at(LOFEXIDINE, "part-of-a-bigger-plan", "will-lofexidine-stop-all-my-symptoms", "summary"),
    ),
    (
        "what does xylazine do",
        at(
            HARM,
            "xylazine-or-tranq",
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
        ),
    ),
    ("how to use test strips", at(HARM, "fentanyl-and-xylazine-test-strips")),
    (
        "who should carry narcan",
        at(HARM, "who-should-carry-naloxone") + at(NALOXONE, "be-ready-to-save-a-life"),
    ),
    (
        "never use alone hotline number",
        at(HARM, "what-if-i-have-no-one-to-be-with-me", "never-use-alone"),
    ),
    (
        "is breastfeeding safe on suboxone",
        at(PREGNANCY, "breastfeeding-on-medication") + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "pregnant and using heroin what do i do",
        at(
            PREGNANCY,
            "summary",
            "treatment-during-pregnancy",
            "getting-in-quickly",
            "should-i-go-through-withdrawal-while-i-am-pregnant",
        ),
    ),
    (
        "samhsa helpline number",
        at(CARE, "call-or-text-for-help", "summary") + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "is my treatment confidential",
        at(CARE, "your-privacy", "will-my-employer-find-out")
        + at(YOUNG, "privacy-for-young-people"),
    ),
    (
        "what happens at the first visit to a methadone clinic",
        at(CARE, "your-first-visit-to-an-opioid-treatment-program")
        + at(METHADONE, "starting-methadone"),
    ),
    (
        "my daughter is addicted to fentanyl how do i help",
        at(
            FAMILIES, "how-can-i-help-my-son-or-daughter", "how-to-help-someone-you-love", "summary"
        ),
    ),
    ("nar anon meetings", at(FAMILIES, "groups-for-families")),
    ("taking care of myself when my partner uses", at(FAMILIES, "looking-after-yourself")),
    (
        "is suboxone ok for a 16 year old",
        at(
            YOUNG,
            "which-medicine-is-used-for-teens",
            "medication-is-for-young-people-too",
            "summary",
            "does-my-teen-have-to-fail-treatment-before-getting-methadone",
        ),
    ),
    (
        "how long do withdrawl symptoms peak",
        at(PEAK, "summary", "key-facts", "getting-through-the-worst-days"),
    ),
    ("muscle aches and yawning", at(EARLY, "signs")),
    ("what to eat after detox", at(SUBSIDING, "care")),
    ("what is the 12 step program", at(PEER, "approach", "summary")),
    (
        "rewards for clean drug tests",
        at(CONTINGENCY, "summary", "approach", "why-rewards-help", "evidence"),
    ),
    ("does vivitrol block fentanyl", at(NALTREXONE, "how-it-works", "summary")),
]

# Written before a second round of general changes (a wider everyday table, everyday phrases)
# and measured once after it, never tuned for: the finder's figure on questions nobody tuned it
# with.
HELD_OUT_2 = [
    (
        "my son is on methadone how long will he need it",
        at(METHADONE, "how-long-will-i-need-to-take-methadone"),
    ),
    ("what is tranq", at(HARM, "xylazine-or-tranq")),
    ("can my job find out im in rehab", at(CARE, "will-my-employer-find-out", "your-privacy")),
    (
        "how do i afford suboxone",
        at(BUPRENORPHINE, "cost") + at(CARE, "paying-for-treatment", "what-if-i-have-no-insurance"),
    ),
    (
        "im expecting should i detox cold turkey",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "when do you start feeling dopesick",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    (
        "can i get suboxone online",
        at(BUPRENORPHINE, "where-given") + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    ("lucemyra side effects dizzy", at(LOFEXIDINE, "side-effects", "warnings")),
    (
        "how many mg of suboxone a day",
        at(BUPRENORPHINE, "how-much-buprenorphine-can-i-take-in-a-day"),
    ),
    (
        "my teenager is using pills what medicine can help",
        at(
            YOUNG,
            "which-medicine-is-used-for-teens",
            "medication-is-for-young-people-too",
            "summary",
        ),
    ),
    (
        "will i get arrested if i call 911 for an overdose",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    ("i relapsed am i a failure", at(POST_ACUTE, "is-it-a-failure-if-i-use-again")),
    ("how does the vivitrol shot work", at(NALTREXONE, "how-it-works")),
    (
        "why does suboxone go under the tongue",
        at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue"),
    ),
    ("methadone take homes", at(METHADONE, "when-can-i-take-doses-home")),
    (
        "how long after last use can i start vivitrol",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    ("free needles near me", at(HARM, "syringe-services-programs")),
    (
        "should i let my brother hit rock bottom",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    ("what do i bring to my first apointment", at(CARE, "what-should-i-bring-to-my-first-visit")),
    (
        "is methadone just replacing one adiction with another",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "newborn baby withdrawal after birth",
        at(PREGNANCY, "after-your-baby-is-born", "what-helps-a-baby-with-withdrawal-signs")
        + at(METHADONE, "pregnancy")
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    ("cbt what happens in a session", at(CBT, "what-a-session-is-like", "approach")),
    (
        "depressed and cant sleep a month after getting clean",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    (
        "can my family doctor give me bupe",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    ("where to get tested for hep c", at(HARM, "testing-for-hiv-and-hepatitis-c")),
]

# Written fresh before the next round of changes, without looking at the passages, then
# labelled; measured before and after the changes (the changes were not made for these
# questions, but they were measured on them).
UNSEEN = [
    (
        "my son is shooting heroin what do i do",
        at(
            FAMILIES, "how-can-i-help-my-son-or-daughter", "how-to-help-someone-you-love", "summary"
        ),
    ),
    (
        "how do i get my daughter into rehab when she doesnt want to go",
        at(
            FAMILIES,
            "craft-a-way-to-help-a-loved-one-into-treatment",
            "how-can-i-help-my-son-or-daughter",
            "how-to-help-someone-you-love",
            "should-i-wait-until-they-hit-rock-bottom",
        ),
    ),
    (
        "should we keep narcan at home our teenager uses",
        at(FAMILIES, "keep-naloxone-at-home", "how-can-i-help-my-son-or-daughter")
        + at(HARM, "who-should-carry-naloxone", "naloxone-for-friends-and-family")
        + at(NALOXONE, "be-ready-to-save-a-life")
        + at(YOUNG, "privacy-for-young-people"),
    ),
    (
        "husband relapsed after 2 yrs clean what now",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "how long does dope sickness last",
        at(SUBSIDING, "summary", "key-facts") + at(EARLY, "summary") + at(PEAK, "summary"),
    ),
    (
        "day 5 off dope and still cant sleep",
        at(SUBSIDING, "summary", "signs")
        + at(POST_ACUTE, "feeling-better-takes-time", "signs")
        + at(LOFEXIDINE, "part-of-a-bigger-plan"),
    ),
    (
        "when do withdrawls get the worst",
        at(PEAK, "summary", "key-facts", "getting-through-the-worst-days"),
    ),
    (
        "what can i take for the runs when im withdrawing",
        at(LOFEXIDINE, "part-of-a-bigger-plan") + at(PEAK, "care"),
    ),
    (
        "whats lucemyra and does it work",
        at(
            LOFEXIDINE,
            "summary",
            "how-it-works",
            "key-facts",
            "will-lofexidine-stop-all-my-symptoms",
        ),
    ),
    ("does clonidine help with withdrawl", at(LOFEXIDINE, "where-given", "cost")),
    (
        "its been a month since i quit and i still feel so depressed",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    (
        "im pregnant and using will the baby be born addicted",
        at(PREGNANCY, "after-your-baby-is-born", "summary", "treatment-during-pregnancy")
        + at(METHADONE, "pregnancy")
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "can i breastfeed on subutex",
        at(PREGNANCY, "breastfeeding-on-medication", "summary") + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "is it safe to go cold turkey while pregnant",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "how many hours after my last shot can i take suboxone",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine")
        + at(EARLY, "when-does-withdrawal-start"),
    ),
    (
        "took my sub too early and im sicker than before",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine"),
    ),
    ("what is the sublocade shot", at(BUPRENORPHINE, "summary", "key-facts", "where-given")),
    ("is brixadi weekly or monthly", at(BUPRENORPHINE, "key-facts", "summary", "where-given")),
    (
        "how long after methadone before i can start vivitrol",
        at(NALTREXONE, "getting-ready-to-start", "warnings", "summary"),
    ),
    (
        "can you still get high if your on vivitrol",
        at(NALTREXONE, "how-it-works", "summary", "warnings", "getting-ready-to-start")
        + at(OVERVIEW, "medication-is-the-core-of-treatment"),
    ),
    ("does methadone mess with your heart", at(METHADONE, "warnings")),
    ("does suboxone ruin your teeth", at(BUPRENORPHINE, "warnings")),
    (
        "isnt methadone just swapping one drug for another",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "methadone vs suboxone which is better",
        at(OVERVIEW, "medication-is-the-core-of-treatment", "summary"),
    ),
    (
        "how do you know if someone is ODing",
        at(NALOXONE, "be-ready-to-save-a-life")
        + at(HARM, "naloxone-for-friends-and-family")
        + at(NALMEFENE, "nalmefene-or-naloxone")
        + at(FAMILIES, "keep-naloxone-at-home"),
    ),
    (
        "how many narcans can you give someone",
        at(NALOXONE, "key-facts", "be-ready-to-save-a-life", "warnings")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "he woke up after narcan do i still need to call 911",
        at(NALOXONE, "warnings", "summary") + at(NALMEFENE, "warnings"),
    ),
    ("kloxxado vs narcan difference", at(NALOXONE, "which-naloxone-should-i-buy")),
    (
        "is zurnai the same as narcan",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    ("what is opvee", at(NALMEFENE, "summary", "key-facts", "who-can-use-opvee-and-zurnai")),
    (
        "do i need a prescription to buy narcan",
        at(NALOXONE, "where-given", "summary", "which-naloxone-should-i-buy")
        + at(FAMILIES, "keep-naloxone-at-home")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "will i get arrested if i call 911 for an overdose",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "does narcan work on tranq",
        at(
            HARM,
            "xylazine-or-tranq",
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
        )
        + at(NALOXONE, "warnings")
        + at(NALMEFENE, "warnings"),
    ),
    (
        "where can i get fentanyl test strips",
        at(HARM, "fentanyl-and-xylazine-test-strips", "syringe-services-programs"),
    ),
    ("what is xylazine and why is it in dope", at(HARM, "xylazine-or-tranq")),
    (
        "switching to bupe from fentanyl how long to wait",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings")
        + at(EARLY, "when-does-withdrawal-start"),
    ),
    (
        "can i get take homes at the methadone clinic right away",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "can i start methadone over video call",
        at(METHADONE, "where-given") + at(CARE, "your-first-visit-to-an-opioid-treatment-program"),
    ),
    (
        "do i have to do counseling to get my methadone",
        at(METHADONE, "where-given") + at(CARE, "your-first-visit-to-an-opioid-treatment-program"),
    ),
    (
        "can i get suboxone prescribed online",
        at(BUPRENORPHINE, "where-given", "can-my-regular-doctor-prescribe-it")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "how much is suboxone without insurance",
        at(BUPRENORPHINE, "cost") + at(CARE, "what-if-i-have-no-insurance"),
    ),
    (
        "is there free treatment if i have no insurance",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "will my employer find out im in treatment",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    ("how do i taper off suboxone", at(BUPRENORPHINE, "warnings")),
    (
        "is it ok to drink beer on methadone",
        at(METHADONE, "warnings", "starting-methadone"),
    ),
    ("xanax with subs is it dangerous", at(BUPRENORPHINE, "warnings")),
    (
        "can a 16 yr old get on suboxone",
        at(
            YOUNG,
            "which-medicine-is-used-for-teens",
            "medication-is-for-young-people-too",
            "summary",
        ),
    ),
    (
        "used again after getting clean why is overdose risk higher",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure")
        + at(PEAK, "getting-through-the-worst-days", "summary", "when-to-get-help")
        + at(POST_ACUTE, "is-it-a-failure-if-i-use-again", "when-to-get-help")
        + at(SUBSIDING, "plan-what-comes-next")
        + at(EARLY, "when-to-get-help"),
    ),
]

# Questions from the same fresh set that no page answers (content gaps for editors, not test
# items): nothing on driving on methadone or buprenorphine, nor on doses while travelling.
UNSEEN_GAPS = [
    "my boyfriend is on methadone is it safe for him to drive",
    "going on vacation how do i get my methadone doses",
]

# Written after the last change to the finder and measured once, never tuned for (by the same
# author, who by then knew the passages: read its figure as a little optimistic).
UNSEEN_2 = [
    (
        "my wife keeps nodding off on her methadone is that normal",
        at(METHADONE, "side-effects", "starting-methadone", "warnings"),
    ),
    (
        "how long do sublocade injections last",
        at(BUPRENORPHINE, "key-facts", "summary", "where-given"),
    ),
    ("whats the strongest narcan", at(NALOXONE, "which-naloxone-should-i-buy")),
    ("can narcan hurt someone who isnt overdosing", at(NALOXONE, "how-it-works")),
    (
        "my 15 year old daughter is addicted to pills where do we start",
        at(
            YOUNG,
            "summary",
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
        )
        + at(FAMILIES, "how-can-i-help-my-son-or-daughter"),
    ),
    ("suboxen makes me constipated", at(BUPRENORPHINE, "side-effects")),
    (
        "how long till withdrawl symptoms start after last use",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    ("does insurance pay for vivitrol", at(NALTREXONE, "cost")),
    ("goosebumps and cramps day 2 is this normal", at(PEAK, "signs", "summary")),
    (
        "mom on methadone wants to breast feed is it ok",
        at(PREGNANCY, "breastfeeding-on-medication", "summary") + at(METHADONE, "pregnancy"),
    ),
    ("can you overdose on subs", at(BUPRENORPHINE, "warnings", "how-it-works")),
    (
        "is it true you get paid for clean urine tests",
        at(CONTINGENCY, "summary", "approach", "why-rewards-help"),
    ),
    (
        "brother just got out of jail whats his overdose risk",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    ("what does tranq do to your skin", at(HARM, "xylazine-or-tranq")),
    (
        "fentanyl test strip says negative is it safe",
        at(HARM, "fentanyl-and-xylazine-test-strips"),
    ),
    (
        "do i need to bring id to my first appointment",
        at(CARE, "what-should-i-bring-to-my-first-visit"),
    ),
    (
        "does my regular dr do suboxone",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "can i get methadone take homes the first week",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "how do i stop taking methadone safely",
        at(METHADONE, "how-long-will-i-need-to-take-methadone", "warnings"),
    ),
    (
        "i dont want to quit yet can someone still help me",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary") + at(HARM, "summary"),
    ),
    (
        "where do i find a methadone clinic near me",
        at(CARE, "finding-treatment-near-you", "summary")
        + at(OVERVIEW, "finding-treatment")
        + at(METHADONE, "where-given"),
    ),
    ("what is the xwaiver", at(BUPRENORPHINE, "where-given")),
    ("is subutex still sold", at(BUPRENORPHINE, "cost")),
    (
        "nalmefene how long does it last",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary", "how-it-works"),
    ),
    ("will vivitrol make me depressed", at(NALTREXONE, "warnings")),
    (
        "cravings wont go away after detox",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time", "care")
        + at(SUBSIDING, "summary", "signs"),
    ),
    (
        "can my teen get treatment without me knowing",
        at(YOUNG, "privacy-for-young-people"),
    ),
    (
        "text number for samhsa",
        at(CARE, "can-i-reach-the-helpline-without-talking-on-the-phone"),
    ),
    (
        "boyfriend uses alone how can i keep him safe",
        at(HARM, "never-use-alone", "what-if-i-have-no-one-to-be-with-me", "summary")
        + at(FAMILIES, "keep-naloxone-at-home"),
    ),
    (
        "what happens if i miss my vivitrol shot",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    ("klonopin and methadone together", at(METHADONE, "warnings", "starting-methadone")),
]

# From the same set, not answered by any page (content gaps, not test items).
UNSEEN_2_GAPS = [
    "can a pharmacy refuse to sell me narcan",
    "how is brixadi different from sublocade",
]

# Written fresh by someone who had read the passages but not the finder, and measured before any
# change: 53 of 60 (88 %). The finder was then changed for the misses, so it is no longer unseen.
UNSEEN_3 = [
    (
        "my boyfriend took a sub too early and now hes way sicker than before what do we do",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings"),
    ),
    (
        "how long after fent do i have to wait to take suboxone",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings")
        + at(EARLY, "when-does-withdrawal-start"),
    ),
    (
        "hard lump on my butt where the vivitrol shot went is that bad",
        at(NALTREXONE, "side-effects", "warnings"),
    ),
    (
        "how many days clean do u need before vivitrol",
        at(NALTREXONE, "warnings", "summary", "getting-ready-to-start"),
    ),
    (
        "can i breastfeed if im on methadone",
        at(PREGNANCY, "breastfeeding-on-medication", "summary"),
    ),
    (
        "im pregnant and using dope should i just quit cold turkey",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "will my baby be born addicted if i stay on subs while pregnant",
        at(PREGNANCY, "after-your-baby-is-born") + at(BUPRENORPHINE, "pregnancy"),
    ),
    ("how many days does dopesick last off heroin", at(SUBSIDING, "summary", "key-facts")),
    (
        "withdrawal when does it start",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    ("which day of kicking is the worst", at(PEAK, "summary", "key-facts")),
    (
        "its been a month since i got clean and i still feel depressed and cant sleep"
        " is that normal",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    (
        "i relapsed after 3 months clean, did i ruin everything",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    ("whats a cows score, the nurse said mine was 14", at(EARLY, "what-is-the-cows-score")),
    (
        "do i need a prescription to buy narcan",
        at(NALOXONE, "where-given", "cost", "summary", "which-naloxone-should-i-buy")
        + at(HARM, "naloxone-for-friends-and-family")
        + at(FAMILIES, "keep-naloxone-at-home"),
    ),
    (
        "where can i get narcan for free",
        at(HARM, "where-can-i-get-naloxone") + at(NALOXONE, "cost", "where-given"),
    ),
    (
        "how can i tell if someone is od'ing or just nodding out",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing"),
    ),
    (
        "gave him narcan and hes breathing but still wont wake up",
        at(
            HARM,
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
            "xylazine-or-tranq",
        )
        + at(NALOXONE, "warnings"),
    ),
    ("does narcan work on tranq", at(HARM, "xylazine-or-tranq") + at(NALOXONE, "warnings")),
    (
        "will i get arrested if i call 911 when my friend overdoses",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    ("what is opvee", at(NALMEFENE, "summary", "key-facts")),
    ("is nalmefene better than narcan for fentanyl", at(NALMEFENE, "nalmefene-or-naloxone")),
    (
        "how long does narcan last, can the od come back",
        at(NALOXONE, "warnings", "summary") + at(NALMEFENE, "nalmefene-or-naloxone"),
    ),
    ("is vivitrol safe if im pregnant", at(NALTREXONE, "pregnancy")),
    ("lucemyra making me dizzy and lightheaded", at(LOFEXIDINE, "side-effects", "warnings")),
    ("lucemyra is too expensive is there something cheaper", at(LOFEXIDINE, "cost")),
    ("can i just stop taking lofexidine", at(LOFEXIDINE, "warnings")),
    (
        "isnt methadone just trading one addiction for another",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "how long do people usually stay on done",
        at(METHADONE, "how-long-will-i-need-to-take-methadone")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "when do you get take homes at the methadone clinic",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    ("is it safe to take xanax with methadose", at(METHADONE, "warnings", "starting-methadone")),
    (
        "just started methadone and im nodding off all day",
        at(METHADONE, "starting-methadone", "warnings", "side-effects"),
    ),
    (
        "can my regular family doctor prescribe suboxone",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "can i get subs online with a video appointment",
        at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth")
        + at(BUPRENORPHINE, "where-given", "can-my-regular-doctor-prescribe-it"),
    ),
    (
        "what happens if i swallow my suboxone strip",
        at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue"),
    ),
    ("suboxone ruining my teeth??", at(BUPRENORPHINE, "warnings")),
    ("how often do you get the sublocade shot", at(BUPRENORPHINE, "key-facts", "summary")),
    ("can i still get subutex", at(BUPRENORPHINE, "cost")),
    (
        "whats the most bupe i can take in one day",
        at(BUPRENORPHINE, "how-much-buprenorphine-can-i-take-in-a-day"),
    ),
    ("why do they put naloxone in suboxone", at(BUPRENORPHINE, "how-it-works")),
    (
        "no insurance how am i supposed to pay for treatment",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "my family wont come to counseling with me, can i still do it",
        at(FAMILY, "what-if-my-family-will-not-come"),
    ),
    ("will my boss find out im in rehab", at(CARE, "will-my-employer-find-out", "your-privacy")),
    ("im 16 can my parents see my treatment records", at(YOUNG, "privacy-for-young-people")),
    (
        "phone number to get help for drug addiction",
        at(CARE, "call-or-text-for-help") + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "can i text the helpline i dont want to talk on the phone",
        at(CARE, "can-i-reach-the-helpline-without-talking-on-the-phone"),
    ),
    (
        "what do i need to bring to my first appointment",
        at(CARE, "what-should-i-bring-to-my-first-visit"),
    ),
    (
        "my son is 17 and hooked on percs, can he get on suboxone",
        at(
            YOUNG,
            "which-medicine-is-used-for-teens",
            "medication-is-for-young-people-too",
            "summary",
        ),
    ),
    (
        "my daughter refuses help, do i have to wait til she hits rock bottom",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    (
        "how do i bring up my husbands heroin use without it turning into a fight",
        at(
            FAMILIES,
            "how-to-help-someone-you-love",
            "craft-a-way-to-help-a-loved-one-into-treatment",
        ),
    ),
    ("fent test strips how do they work", at(HARM, "fentanyl-and-xylazine-test-strips")),
    (
        "i always use by myself is there someone i can call",
        at(HARM, "what-if-i-have-no-one-to-be-with-me"),
    ),
    ("where can i get clean needles", at(HARM, "syringe-services-programs")),
    ("how many weeks is cbt for addiction", at(CBT, "key-facts")),
    (
        "do those programs that give you prizes for clean urine actually work",
        at(CONTINGENCY, "evidence", "summary"),
    ),
    (
        "people at my NA meeting say im not really clean because im on methadone",
        at(PEER, "finding-the-right-group"),
    ),
    (
        "not sure i even want to quit yet can i still talk to a counselor",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary"),
    ),
    (
        "is detoxing enough on its own to get clean",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure") + at(SUBSIDING, "plan-what-comes-next"),
    ),
    (
        "throwing up for 2 days from withdrawal when should i go to the er",
        at(PEAK, "when-to-get-help", "getting-through-the-worst-days")
        + at(EARLY, "when-to-get-help")
        + at(SUBSIDING, "when-to-get-help")
        + at(POST_ACUTE, "when-to-get-help"),
    ),
    (
        "what helps a newborn going through withdrawl",
        at(PREGNANCY, "what-helps-a-baby-with-withdrawal-signs", "after-your-baby-is-born"),
    ),
    (
        "does my teenager have to fail rehab before a methadone clinic will take him",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
]


# Written fresh by someone who had read the passages and facts.md but not the finder or the
# earlier sets, after the changes made for the third set, and measured once before any change:
# 54 of 60 (90 %).
UNSEEN_4 = [
    (
        "how long do ppl usually stay on methadon, is it like forever",
        at(METHADONE, "how-long-will-i-need-to-take-methadone"),
    ),
    (
        "do i have to go to the done clinic every single day or can they give me take homes",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "my husband started methadone 4 days ago and today hes nodding off and really hard to "
        "wake up, is that normal or should i be scared",
        at(METHADONE, "starting-methadone", "warnings"),
    ),
    ("can i take my xanax with methadone", at(METHADONE, "starting-methadone", "warnings")),
    ("methadone has me constipated and sweating like crazy", at(METHADONE, "side-effects")),
    (
        "how long do i wait after fent before taking my first sub",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings")
        + at(EARLY, "when-does-withdrawal-start"),
    ),
    (
        "took a suboxen way too early and now im sicker than before what do i do",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine"),
    ),
    (
        "can my regular doctor prescribe bupe or do i need some special clinic",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "is it ok to just swallow the strip it tastes so bad",
        at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue"),
    ),
    (
        "my teeth been getting bad since i started subs is that the meds",
        at(BUPRENORPHINE, "warnings"),
    ),
    (
        "how many days clean before i can get the vivitrol shot",
        at(NALTREXONE, "warnings", "summary", "getting-ready-to-start"),
    ),
    (
        "what happens if u use dope while on vivitrol? can u still get high",
        at(NALTREXONE, "how-it-works", "warnings", "summary", "getting-ready-to-start"),
    ),
    (
        "how do i know if my son is overdosing or just passed out high",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing"),
    ),
    (
        "gave my bf narcan and he came to, now hes begging me not to call 911, do i still "
        "have to??",
        at(NALOXONE, "warnings", "summary"),
    ),
    (
        "will i get arrested if i call 911 when my friend ods at my place",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "one spray of narcan didnt work shes still barely breathing what do i do now",
        at(NALOXONE, "be-ready-to-save-a-life", "key-facts", "warnings")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "can i just buy narcan at cvs or do i need a script",
        at(NALOXONE, "where-given", "summary", "which-naloxone-should-i-buy", "cost")
        + at(HARM, "naloxone-for-friends-and-family", "where-can-i-get-naloxone")
        + at(FAMILIES, "keep-naloxone-at-home"),
    ),
    (
        "is opvee stronger than narcan, does it work better for fent",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary", "how-it-works"),
    ),
    (
        "my daughter is 13 can she use the opvee spray if her brother ods",
        at(NALMEFENE, "who-can-use-opvee-and-zurnai", "where-given"),
    ),
    (
        "is lucemyra an opioid? i dont want another thing to get hooked on",
        at(LOFEXIDINE, "summary", "how-it-works", "key-facts"),
    ),
    ("lucemyra costs way too much is there a cheaper version", at(LOFEXIDINE, "cost")),
    (
        "will lofexidine take away all the withdrawl or just some",
        at(LOFEXIDINE, "will-lofexidine-stop-all-my-symptoms", "part-of-a-bigger-plan"),
    ),
    (
        "what can i take for the diarrhea and puking while im kicking, can i use imodium",
        at(LOFEXIDINE, "part-of-a-bigger-plan"),
    ),
    (
        "does cbt mean i have to dig up all my childhood stuff",
        at(CBT, "do-i-have-to-talk-about-my-childhood"),
    ),
    (
        "my program gives gift cards for clean urines, does that stuff actually work",
        at(CONTINGENCY, "evidence", "summary", "why-rewards-help"),
    ),
    (
        "what if i pop dirty in the voucher program do they kick me out",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "is there therapy that helps with getting a job and finding stuff to do so im not "
        "bored and using",
        at(COMMUNITY, "summary", "approach"),
    ),
    (
        "im not even sure i want to quit yet, is there any point seeing a counselor",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary", "approach"),
    ),
    (
        "my son is in rehab but his dad refuses to come to the family sessions",
        at(FAMILY, "what-if-my-family-will-not-come"),
    ),
    (
        "ppl at my NA meeting say im not really clean cuz im on subs",
        at(PEER, "finding-the-right-group"),
    ),
    (
        "how soon after my last shot of heroin does the sickness kick in",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    ("nurse said my cows was 14 what does that mean", at(EARLY, "what-is-the-cows-score")),
    (
        "day 2 of withdrawl cant keep anything down not even water, at what point do i go to "
        "the er",
        at(PEAK, "when-to-get-help", "getting-through-the-worst-days")
        + at(EARLY, "when-to-get-help")
        + at(SUBSIDING, "when-to-get-help")
        + at(POST_ACUTE, "when-to-get-help"),
    ),
    (
        "its been 5 days off dope when does this end im so tired and cant eat",
        at(SUBSIDING, "summary", "signs", "key-facts"),
    ),
    (
        "clean a month but i still cant sleep and feel depressed all the time is that normal",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    (
        "relapsed after 3 months clean, i feel like i blew everything",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "finishing detox friday what should i do after so i dont just go back to using",
        at(SUBSIDING, "plan-what-comes-next", "care")
        + at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "isnt suboxone just trading one addiction for another",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "my case worker keeps saying MAT and MOUD what does that even mean",
        at(OVERVIEW, "medication-is-the-core-of-treatment"),
    ),
    (
        "is addiction actually a disease or is my brother just weak",
        at(OVERVIEW, "opioid-addiction-is-a-medical-condition"),
    ),
    ("how do u use fent test strips", at(HARM, "fentanyl-and-xylazine-test-strips")),
    ("what is tranq and why is it giving ppl those nasty wounds", at(HARM, "xylazine-or-tranq")),
    (
        "gave him narcan and hes breathing now but still wont wake up, what do i do",
        at(
            HARM,
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
            "xylazine-or-tranq",
        )
        + at(NALOXONE, "warnings"),
    ),
    (
        "i use alone at night in my room is there a number i can call just in case",
        at(HARM, "what-if-i-have-no-one-to-be-with-me", "never-use-alone"),
    ),
    ("where can i get clean needles for free", at(HARM, "syringe-services-programs")),
    (
        "just found out im pregnant and still using, should i quit cold turkey",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    ("can i breastfeed if im on subs", at(PREGNANCY, "breastfeeding-on-medication", "summary")),
    (
        "will my baby be born addicted if i stay on methadone while pregnant",
        at(PREGNANCY, "after-your-baby-is-born", "is-methadone-safe-when-i-am-pregnant")
        + at(METHADONE, "pregnancy"),
    ),
    (
        "no insurance and no money can i still get treatment",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "will my job find out if i go to a methadone clinic",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "can i get suboxone prescribed online on a video call",
        at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth")
        + at(BUPRENORPHINE, "where-given", "can-my-regular-doctor-prescribe-it"),
    ),
    (
        "how do i find a rehab near me that takes medicaid",
        at(CARE, "finding-treatment-near-you") + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "is there a number i can text instead of calling, phone calls give me anxiety",
        at(CARE, "can-i-reach-the-helpline-without-talking-on-the-phone"),
    ),
    (
        "i dont want to be alive anymore im so tired of all this",
        at(CARE, "what-if-i-am-thinking-about-suicide")
        + at(EARLY, "when-to-get-help")
        + at(PEAK, "when-to-get-help")
        + at(SUBSIDING, "when-to-get-help")
        + at(POST_ACUTE, "when-to-get-help"),
    ),
    (
        "my son is using again and every time i bring it up we end up screaming at each "
        "other, how do i talk to him",
        at(FAMILIES, "how-to-help-someone-you-love", "how-can-i-help-my-son-or-daughter"),
    ),
    (
        "should i just wait for my husband to hit rock bottom",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    (
        "im so worn out from my gfs addiction, is there a group for people like me",
        at(FAMILIES, "groups-for-families", "looking-after-yourself"),
    ),
    (
        "what is craft, a friend said it can help get my brother into rehab",
        at(FAMILIES, "craft-a-way-to-help-a-loved-one-into-treatment", "where-can-i-learn-craft"),
    ),
    (
        "my 16 yr old is hooked on percs, can teens even get suboxone",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
            "summary",
        )
        + at(SUPPORT, "teens-and-young-adults"),
    ),
    (
        "the methadone clinic says my son has to fail rehab twice first, is that true he's 17",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
]


# Written the same way after the changes made for the fourth set, as short searches, questions
# and long messages, and measured once before any change: 56 of 60 (93 %).
UNSEEN_5 = [
    ("subs swallow or under tongue", at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue")),
    ("methadone and xanax", at(METHADONE, "warnings", "starting-methadone")),
    ("suboxone ruining my teeth", at(BUPRENORPHINE, "warnings")),
    ("lucemyra dizzy", at(LOFEXIDINE, "side-effects", "warnings")),
    ("opvee for 12 year old", at(NALMEFENE, "who-can-use-opvee-and-zurnai", "where-given")),
    ("vivitrol shot hard lump", at(NALTREXONE, "side-effects", "warnings")),
    ("cows score 15", at(EARLY, "what-is-the-cows-score")),
    (
        "narcan without prescription",
        at(NALOXONE, "where-given", "summary", "which-naloxone-should-i-buy")
        + at(HARM, "naloxone-for-friends-and-family")
        + at(FAMILIES, "keep-naloxone-at-home"),
    ),
    ("free clean needles", at(HARM, "syringe-services-programs")),
    ("tranq skin wounds", at(HARM, "xylazine-or-tranq")),
    (
        "cant sleep weeks after quitting",
        at(POST_ACUTE, "signs", "summary", "feeling-better-takes-time"),
    ),
    ("sublocade monthly shot", at(BUPRENORPHINE, "key-facts", "summary", "where-given")),
    ("clonidine for withdrawal", at(LOFEXIDINE, "where-given", "cost")),
    ("methadone low sex drive", at(METHADONE, "side-effects")),
    (
        "text helpline no phone call",
        at(CARE, "can-i-reach-the-helpline-without-talking-on-the-phone"),
    ),
    ("cbt how many weeks", at(CBT, "key-facts", "summary")),
    ("contingency management prizes", at(CONTINGENCY, "approach", "summary", "why-rewards-help")),
    (
        "suboxone for teens",
        at(
            YOUNG,
            "which-medicine-is-used-for-teens",
            "medication-is-for-young-people-too",
            "summary",
        )
        + at(SUPPORT, "teens-and-young-adults"),
    ),
    ("someone on phone while i use", at(HARM, "what-if-i-have-no-one-to-be-with-me")),
    (
        "pregnant skip methadone waitlist",
        at(PREGNANCY, "getting-in-quickly") + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "how long after my last shot of dope do withdrawls kick in",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    (
        "took my first strip too soon after fent and now im way sicker than before what do i do",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings"),
    ),
    (
        "how long do people usually stay on methadon is there a limit",
        at(METHADONE, "how-long-will-i-need-to-take-methadone")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "can i get take homes from the done clinic right away or do i have to earn them",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "do they make u go to counseling to get dosed at the methadone clinic",
        at(METHADONE, "where-given") + at(CARE, "your-first-visit-to-an-opioid-treatment-program"),
    ),
    (
        "can my family doctor write suboxen or do i need some special clinic",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "how many days clean do i need before the vivitrol shot",
        at(NALTREXONE, "warnings", "getting-ready-to-start", "summary"),
    ),
    (
        "what happens if i use h while im on vivitrol",
        at(NALTREXONE, "how-it-works", "warnings", "getting-ready-to-start", "summary"),
    ),
    (
        "is opvee stronger than narcan or should i just get narcan",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary", "how-it-works")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    (
        "will my boss find out im on subs if i go to a clinic",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "is buprenorphin the same stuff as the patch they give for back pain",
        at(BUPRENORPHINE, "is-buprenorphine-also-used-for-pain"),
    ),
    (
        "can i breastfeed if im on methadon or subs",
        at(PREGNANCY, "breastfeeding-on-medication", "when-should-i-not-breastfeed", "summary"),
    ),
    (
        "will lucemyra take away all the withdrawl sickness",
        at(
            LOFEXIDINE,
            "will-lofexidine-stop-all-my-symptoms",
            "part-of-a-bigger-plan",
            "how-it-works",
        ),
    ),
    (
        "will the cbt therapist make me dig up stuff from when i was a kid",
        at(CBT, "do-i-have-to-talk-about-my-childhood"),
    ),
    (
        "what happens in the rewards program if my urine comes back dirty",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "isnt being on the done just swapping heroin for another drug",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another")
        + at(METHADONE, "summary", "how-it-works"),
    ),
    (
        "can i get arrested for calling 911 when my friend ods",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "can blues or percs from a friend have fent in them",
        at(YOUNG, "privacy-for-young-people") + at(HARM, "fentanyl-and-xylazine-test-strips"),
    ),
    (
        "what is the community reinforcement thing my counselor mentioned",
        at(COMMUNITY, "summary", "approach", "making-recovery-worth-it"),
    ),
    (
        "is there therapy for ppl who arent even sure they want to quit yet",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary", "approach"),
    ),
    (
        "is addiction a real disease or am i just weak",
        at(OVERVIEW, "opioid-addiction-is-a-medical-condition"),
    ),
    (
        "omg my boyfriend is on the bathroom floor and his lips r blue and hes making this weird "
        "gurgling snoring sound, i have narcan in my bag what do i do rn",
        at(NALOXONE, "be-ready-to-save-a-life", "how-do-i-know-someone-is-overdosing")
        + at(HARM, "naloxone-for-friends-and-family")
        + at(NALMEFENE, "nalmefene-or-naloxone"),
    ),
    (
        "i gave my little brother narcan and hes breathing again but he still wont wake up, 911 "
        "is on the way, what do i do till they get here",
        at(HARM, "what-if-naloxone-works-but-the-person-still-will-not-wake-up")
        + at(NALOXONE, "warnings"),
    ),
    (
        "gave my roommate one narcan like 3 min ago and hes still barely breathing, can i give "
        "him another one or is that too much",
        at(HARM, "naloxone-for-friends-and-family")
        + at(NALOXONE, "be-ready-to-save-a-life", "key-facts", "warnings")
        + at(NALMEFENE, "nalmefene-or-naloxone"),
    ),
    (
        "my dad just started at the methadone clinic like 4 days ago and tonight hes nodding off "
        "at dinner and really hard to wake up, my mom says its normal?? is it",
        at(METHADONE, "starting-methadone", "warnings"),
    ),
    (
        "my 17 yr old son is hooked on pills and someone told me hes too young for suboxone or "
        "methadone and has to just do rehab first, is that true",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
            "does-my-teen-have-to-fail-treatment-before-getting-methadone",
            "summary",
        )
        + at(SUPPORT, "teens-and-young-adults"),
    ),
    (
        "everyone keeps telling me to let my husband hit rock bottom but hes using dope every "
        "day and im so scared hes going to die before that, what am i supposed to do",
        at(
            FAMILIES,
            "should-i-wait-until-they-hit-rock-bottom",
            "craft-a-way-to-help-a-loved-one-into-treatment",
            "how-to-help-someone-you-love",
            "summary",
        ),
    ),
    (
        "honestly im a wreck. my sister has been using for years, i cant sleep, i jump every "
        "time my phone rings. is there any help for family like me or am i just supposed to deal",
        at(FAMILIES, "looking-after-yourself", "groups-for-families")
        + at(FAMILY, "what-if-my-family-will-not-come"),
    ),
    (
        "just found out im pregnant and im using fent every day. i want to quit cold turkey rn "
        "so the baby is ok, is that a bad idea??",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl")
        + at(SUPPORT, "pregnancy-and-breastfeeding"),
    ),
    (
        "im 7 months pregnant and on subs and my mom keeps saying the baby is gonna be born "
        "addicted. will he go thru withdrawal and what can i do to help him",
        at(
            PREGNANCY,
            "after-your-baby-is-born",
            "what-helps-a-baby-with-withdrawal-signs",
            "breastfeeding-on-medication",
        )
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "i lost my job and my insurance last month and i cant afford my suboxone anymore, im "
        "scared ill end up back on the street stuff. idk what to do",
        at(CARE, "what-if-i-have-no-insurance", "paying-for-treatment") + at(BUPRENORPHINE, "cost"),
    ),
    (
        "i live way out in the country and the closest clinic is like 2 hrs away, no car. is "
        "there any way to get on subs without going in person",
        at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth")
        + at(BUPRENORPHINE, "where-given", "can-my-regular-doctor-prescribe-it"),
    ),
    (
        "ok i think im finally ready to get help for my h habit but i literally dont know where "
        "to start or who to even call",
        at(CARE, "call-or-text-for-help", "summary", "finding-treatment-near-you")
        + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "day 3 of kicking and everything hurts and i honestly dont want to be alive anymore. i "
        "cant stop crying",
        at(CARE, "what-if-i-am-thinking-about-suicide")
        + at(PEAK, "when-to-get-help")
        + at(EARLY, "when-to-get-help")
        + at(SUBSIDING, "when-to-get-help")
        + at(POST_ACUTE, "when-to-get-help"),
    ),
    (
        "i was clean almost 2 months and used last night. i feel like such a failure, whats even "
        "the point of going back to my clinic",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "my husband is on day 6 of detox and now hes acting like hes cured and doesnt need "
        "anything else. what should actually happen after detox",
        at(SUBSIDING, "plan-what-comes-next", "care", "summary")
        + at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "my NA sponsor says im not really clean because im on methadone and it makes me feel "
        "like garbage. is he right? should i get off it",
        at(PEER, "finding-the-right-group")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another")
        + at(METHADONE, "how-long-will-i-need-to-take-methadone"),
    ),
    (
        "im 16 and i want help but i dont want my parents seeing my records. will the clinic "
        "tell them everything",
        at(YOUNG, "privacy-for-young-people") + at(CARE, "your-privacy"),
    ),
    (
        "my counselor wants my family to come to sessions but my dad flat out refuses and my mom "
        "wont go without him. can i still do therapy",
        at(FAMILY, "what-if-my-family-will-not-come", "who-can-take-part"),
    ),
    (
        "my girlfriend has been throwing up and has bad diarrhea for 2 days from withdrawl and "
        "can barely keep water down, when do i take her to the er",
        at(PEAK, "when-to-get-help", "getting-through-the-worst-days", "care")
        + at(EARLY, "when-to-get-help")
        + at(SUBSIDING, "when-to-get-help")
        + at(POST_ACUTE, "when-to-get-help"),
    ),
]


# Written after the changes made for the fifth set, as an outreach worker would note what people
# ask (users, a pregnant woman, a teenager, parents, a grandparent, someone just out of jail),
# and measured once before any change: 53 of 60 (88 %).
UNSEEN_6 = [
    (
        "how long after my last bag do i gotta wait before i take a sub",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings")
        + at(EARLY, "when-does-withdrawal-start"),
    ),
    (
        "took my suboxen way too early and now im 10x sicker than before wtf do i do",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine"),
    ),
    (
        "can my regular doctor write me a perscription for bupe or do i need some special clinic",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "my teeth r getting wrecked since i been on the strips is that from the bupe",
        at(BUPRENORPHINE, "warnings"),
    ),
    (
        "my husband started methodone 4 days ago and tonight hes so hard to wake up and his "
        "breathing is real slow im scared",
        at(METHADONE, "starting-methadone", "warnings")
        + at(NALOXONE, "be-ready-to-save-a-life", "how-do-i-know-someone-is-overdosing"),
    ),
    ("can i still take my xanax on done", at(METHADONE, "warnings", "starting-methadone")),
    (
        "when do they let u take doses home from the clinic bc i start work at 6am",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "clinic wants me to get an ekg why does methadone need a heart test",
        at(METHADONE, "warnings"),
    ),
    (
        "how many days clean before i can get the vivatrol shot",
        at(NALTREXONE, "summary", "warnings", "getting-ready-to-start"),
    ),
    (
        "got my vivitrol shot last week and the spot is swollen hard and blistering",
        at(NALTREXONE, "warnings", "side-effects"),
    ),
    (
        "friend turning blue wont wake up HELP",
        at(NALOXONE, "be-ready-to-save-a-life", "how-do-i-know-someone-is-overdosing")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "gave him narcon 2 min ago hes still barely breathing do i do another one",
        at(NALOXONE, "be-ready-to-save-a-life", "key-facts")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "will the cops charge me if i call 911 when my buddy ods",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "he came back after the narcan so do we really still need an ambulance",
        at(NALOXONE, "warnings", "summary") + at(NALMEFENE, "warnings"),
    ),
    (
        "whats opvee and is it better than narcan for fent",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    (
        "is there a non opioid pill that helps with withdrawel",
        at(LOFEXIDINE, "summary", "how-it-works", "key-facts"),
    ),
    ("what can i take for the runs while im kicking", at(LOFEXIDINE, "part-of-a-bigger-plan")),
    (
        "how soon after my last shot of dope does the sick kick in",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    (
        "yawning nonstop sweating and my nose is running is this withdrawel starting",
        at(EARLY, "signs", "summary"),
    ),
    (
        "detox nurse keeps checking my pupils and pulse and writing down a number what is that for",
        at(EARLY, "what-is-the-cows-score"),
    ),
    (
        "day 2 of kicking cant stop puking how do i not get dehydrated",
        at(PEAK, "getting-through-the-worst-days", "care"),
    ),
    (
        "coming off methodone cold turkey how long am i gonna be sick",
        at(SUBSIDING, "key-facts") + at(PEAK, "key-facts"),
    ),
    (
        "2 months clean and still cant sleep and feel flat all the time does this ever go away",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    (
        "i used again after 3 weeks clean and i feel like such a screwup",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "detox ends friday then what",
        at(SUBSIDING, "plan-what-comes-next", "care")
        + at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "just got out after 8 months locked up can i use the same amount as before i went in",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "my family says subs is just trading one addiction for another are they right",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "my dad thinks its just no willpower is addiction actually a disease",
        at(OVERVIEW, "opioid-addiction-is-a-medical-condition"),
    ),
    ("what do u actually do in cbt", at(CBT, "approach", "what-a-session-is-like", "summary")),
    (
        "my program gives out gift cards for clean pee is that legit treatment or a gimmick",
        at(CONTINGENCY, "summary", "approach", "evidence"),
    ),
    (
        "counselor keeps asking about hobbies and getting a job how is that supposed to keep me "
        "off dope",
        at(COMMUNITY, "summary", "approach", "making-recovery-worth-it"),
    ),
    (
        "my family wont come to sessions with me what now",
        at(FAMILY, "what-if-my-family-will-not-come"),
    ),
    (
        "idk if i even want to quit yet is there a counselor who wont push me",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary", "approach"),
    ),
    (
        "ppl at my NA meeting say im not really clean bc im on bupe",
        at(PEER, "finding-the-right-group"),
    ),
    ("any meetings that arent 12 step the god stuff isnt for me", at(PEER, "approach", "summary")),
    (
        "fent strips where do i get them n how do u use them",
        at(HARM, "fentanyl-and-xylazine-test-strips"),
    ),
    (
        "got tranq wounds on my legs does narcan even work on that",
        at(HARM, "xylazine-or-tranq") + at(NALOXONE, "warnings") + at(NALMEFENE, "warnings"),
    ),
    (
        "i always use by myself in my car what can i do so i dont die",
        at(HARM, "what-if-i-have-no-one-to-be-with-me", "never-use-alone"),
    ),
    ("where can i get new rigs for free", at(HARM, "syringe-services-programs")),
    (
        "shared works a few times should i get checked for hep c",
        at(HARM, "testing-for-hiv-and-hepatitis-c"),
    ),
    (
        "gave narcan and hes breathing now but he still wont wake up",
        at(HARM, "what-if-naloxone-works-but-the-person-still-will-not-wake-up")
        + at(NALOXONE, "warnings"),
    ),
    (
        "im pregnet and using should i just quit cold turkey",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "just found out im 8 wks are subs ok for the baby",
        at(PREGNANCY, "is-buprenorphine-safe-when-i-am-pregnant", "treatment-during-pregnancy")
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    ("can i breastfeed on methodone", at(PREGNANCY, "breastfeeding-on-medication", "summary")),
    (
        "will my baby come out withdrawing im so scared about what happens at the hospital",
        at(PREGNANCY, "after-your-baby-is-born")
        + at(METHADONE, "pregnancy")
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "im pregnant and the clinic says theres a 3 week waitlist",
        at(PREGNANCY, "getting-in-quickly") + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "no insurence can i still get on subs",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "closest clinic is 2 hrs away and i got no car can i get bupe thru a video visit",
        at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth")
        + at(BUPRENORPHINE, "where-given", "can-my-regular-doctor-prescribe-it"),
    ),
    (
        "what do i need to bring to my intake appt",
        at(CARE, "what-should-i-bring-to-my-first-visit"),
    ),
    (
        "im a nurse will my job find out if i go to a methadone clinic",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "i get bad anxiety on the phone can i text somewhere to find treatment",
        at(CARE, "can-i-reach-the-helpline-without-talking-on-the-phone"),
    ),
    (
        "im having thoughts of ending it who can i call rn",
        at(CARE, "what-if-i-am-thinking-about-suicide")
        + at(EARLY, "when-to-get-help")
        + at(PEAK, "when-to-get-help")
        + at(SUBSIDING, "when-to-get-help")
        + at(POST_ACUTE, "when-to-get-help"),
    ),
    (
        "how do i find a clinic near me that takes medicaid",
        at(CARE, "finding-treatment-near-you", "paying-for-treatment")
        + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "my son wont go to treatment no matter what i say how do i get thru to him without "
        "another screaming match",
        at(
            FAMILIES,
            "craft-a-way-to-help-a-loved-one-into-treatment",
            "how-to-help-someone-you-love",
            "how-can-i-help-my-son-or-daughter",
        ),
    ),
    (
        "should i just kick him out and let him lose everything til hes ready",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    (
        "raising my 2 grandbabies bc my daughter is on dope and im worn out is there a group for "
        "people like me",
        at(FAMILIES, "groups-for-families", "looking-after-yourself"),
    ),
    ("my coworker uses should i keep narcan at my desk", at(HARM, "who-should-carry-naloxone")),
    (
        "can a 16 yr old get on suboxone or is that just for adults",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
            "summary",
        ),
    ),
    (
        "clinic told my 17yo she has to fail rehab twice before they give her methadone",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
    (
        "if i go to treatment at 16 will my parents find out",
        at(YOUNG, "privacy-for-young-people") + at(CARE, "your-privacy"),
    ),
]


# Written after the changes made for the sixth set, half by people who use opioids and half by
# those close to them, in every tone and length (3 to 40 words, capitals and full stops too), and
# measured once before any change: 45 of 60 (75 %), well below the earlier sets.
UNSEEN_7 = [
    (
        "how many hours after my last bag does the sick start",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    (
        "yawning nonstop, sweating, nose running like a faucet. is this withdrawl already?",
        at(EARLY, "signs", "summary"),
    ),
    (
        "day 2 of kicking and its pure hell. when does it peak and when does it finally let up",
        at(PEAK, "summary", "key-facts") + at(SUBSIDING, "summary"),
    ),
    (
        "5 days clean, wiped out and not hungry. what do i do now so i dont just go right back "
        "to using",
        at(SUBSIDING, "plan-what-comes-next", "care", "summary")
        + at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "Two months off dope and I still can't sleep and feel flat all the time. Does this ever "
        "end?",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    (
        "i used again after 4 months clean. i'm so ashamed, i feel like i threw it all away",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "took a sub way too early and now im 10x sicker than before. what do i do",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine"),
    ),
    (
        "how long after fent do i wait before i can take bupenorphine",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings")
        + at(EARLY, "when-does-withdrawal-start"),
    ),
    (
        "can i just swallow the suboxen strip instead of waiting for it to melt",
        at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue"),
    ),
    (
        "my teeth are getting wrecked since i started subs. is it the meds?",
        at(BUPRENORPHINE, "warnings"),
    ),
    (
        "can i get on bupe through a video appointment without going into an office",
        at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth")
        + at(BUPRENORPHINE, "where-given", "can-my-regular-doctor-prescribe-it"),
    ),
    (
        "first week on methadon and im nodding out every afternoon. is that normal or bad",
        at(METHADONE, "starting-methadone", "warnings"),
    ),
    (
        "sick of driving to the done clinic every single morning. when can i get take homes",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    ("methadone constipation so bad", at(METHADONE, "side-effects")),
    (
        "Been on methadone 6 years and everyone acts like I should be off it by now. Is there "
        "some limit on how long you can stay on it?",
        at(METHADONE, "how-long-will-i-need-to-take-methadone")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "how long do i have to be off everything before the vivatrol shot",
        at(NALTREXONE, "warnings", "summary", "getting-ready-to-start"),
    ),
    (
        "on the shot right now. if i do a bunch more dope can i get past it?",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    (
        "is lucemyra gonna make the withdrawal go away completely or just take the edge off",
        at(LOFEXIDINE, "will-lofexidine-stop-all-my-symptoms", "summary"),
    ),
    (
        "if my urine comes back dirty do i lose my spot in the voucher program",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "honestly not sure i even want to quit yet. is there anyone who will talk to me without "
        "lecturing me",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary", "approach"),
    ),
    (
        "guys at my NA meeting keep saying I'm not really clean because I'm on subs. Are they "
        "right??",
        at(PEER, "finding-the-right-group")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "do the fent strips actually catch everything? how do you even use them",
        at(HARM, "fentanyl-and-xylazine-test-strips"),
    ),
    (
        "i use alone in my car most days. how do i not die doing that",
        at(HARM, "what-if-i-have-no-one-to-be-with-me", "never-use-alone"),
    ),
    (
        "got tranq wounds on my arm. and narcan doesnt even work on that stuff right?",
        at(HARM, "xylazine-or-tranq") + at(NALOXONE, "warnings"),
    ),
    ("where can i get clean needles for free", at(HARM, "syringe-services-programs")),
    (
        "pregnent and still using h. should i just quit cold turkey for the baby?",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl")
        + at(SUPPORT, "pregnancy-and-breastfeeding"),
    ),
    (
        "subs while pregnant ok?",
        at(
            PREGNANCY,
            "is-buprenorphine-safe-when-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(BUPRENORPHINE, "pregnancy")
        + at(SUPPORT, "pregnancy-and-breastfeeding"),
    ),
    (
        "no insurence and barely any money. can i still get treatment",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "dont want anyone at work knowing im getting dosed at a methadone clinic. can they find "
        "out",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    ("i dont want to be alive anymore", at(CARE, "what-if-i-am-thinking-about-suicide")),
    (
        "My boyfriend is detoxing at home and has been throwing up and had diarrhea for two "
        "days. How can I tell if he's getting dangerously dehydrated?",
        at(PEAK, "getting-through-the-worst-days", "care", "when-to-get-help"),
    ),
    (
        "detox nurse said my son scored a 14 on some withdrawal scale, what does that number mean",
        at(EARLY, "what-is-the-cows-score"),
    ),
    (
        "My dad is on methadone and still has a few beers every night. How dangerous is that?",
        at(METHADONE, "warnings", "starting-methadone"),
    ),
    (
        "my daughter is on methadone and just had her baby. is it ok for her to breastfeed",
        at(PREGNANCY, "breastfeeding-on-medication", "summary") + at(METHADONE, "pregnancy"),
    ),
    (
        "I teach middle school. If we give naloxone to a kid who collapses and it turns out it "
        "wasn't opioids, can it hurt him?",
        at(NALOXONE, "how-it-works", "how-do-i-know-someone-is-overdosing"),
    ),
    (
        "my brother is blue and wont wake up what do i do",
        at(NALOXONE, "be-ready-to-save-a-life") + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "gave her narcon and shes breathing now but still wont wake up!! why",
        at(
            HARM,
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
            "xylazine-or-tranq",
        )
        + at(NALOXONE, "warnings"),
    ),
    (
        "sprayed one narcan like 3 min ago and nothing is happening do i give another",
        at(NALOXONE, "be-ready-to-save-a-life", "key-facts", "warnings")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "he came around after the narcan, says hes fine and refuses the ambulance. can we just "
        "let him sleep it off at home?",
        at(NALOXONE, "warnings", "summary"),
    ),
    (
        "scared to call 911 because my friend has stuff on him. will we get arrested",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "how do i tell if my roommate is just passed out or actually overdosing",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing"),
    ),
    (
        "narcan without prescription?",
        at(NALOXONE, "where-given", "which-naloxone-should-i-buy", "cost")
        + at(HARM, "naloxone-for-friends-and-family")
        + at(FAMILIES, "keep-naloxone-at-home"),
    ),
    (
        "whats the difference between opvee and regular narcan",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary"),
    ),
    (
        "my wife's counselor wants me to come to some of her sessions. what actually goes on in "
        "those?",
        at(FAMILY, "approach", "who-can-take-part", "summary"),
    ),
    (
        "Oh great, so my brother's 'treatment' is legal heroin from a clinic every morning? How "
        "is that not still being an addict?",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another")
        + at(METHADONE, "how-it-works", "summary"),
    ),
    (
        "my son wants to do a 5 day detox and call it done. is that enough to fix this",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure", "summary")
        + at(SUBSIDING, "plan-what-comes-next"),
    ),
    (
        "why do doctors call addiction a disease? isnt it just bad choices",
        at(OVERVIEW, "opioid-addiction-is-a-medical-condition"),
    ),
    (
        "My daughter was on subs all through her pregnancy and now the baby is shaky and cries "
        "nonstop. What can we do for him?",
        at(
            PREGNANCY,
            "what-helps-a-baby-with-withdrawal-signs",
            "after-your-baby-is-born",
            "breastfeeding-on-medication",
        )
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "my 17 yo got hooked on pills, percs and oxys from friends. can a kid even get suboxone "
        "or is that only for adults",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
            "summary",
        )
        + at(SUPPORT, "teens-and-young-adults"),
    ),
    (
        "clinic told us our 16 year old has to fail rehab twice before they'll give methadone. "
        "is that true?",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
    (
        "I'm paying for my 19 year old's treatment. Can the clinic tell me what she talks about "
        "or whether she's using?",
        at(YOUNG, "privacy-for-young-people") + at(CARE, "your-privacy"),
    ),
    (
        "one of my employees told me shes in opioid treatment. can i call her clinic to make "
        "sure shes actually going",
        at(CARE, "your-privacy", "will-my-employer-find-out"),
    ),
    (
        "what number do i call to find rehab for my husband",
        at(CARE, "call-or-text-for-help", "finding-treatment-near-you", "summary")
        + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "every time i bring up rehab my son blows up at me. how do i get through to him without "
        "pushing him away",
        at(
            FAMILIES,
            "how-to-help-someone-you-love",
            "craft-a-way-to-help-a-loved-one-into-treatment",
            "how-can-i-help-my-son-or-daughter",
        ),
    ),
    (
        "everyone says to cut my daughter off until she's lost everything and is ready to "
        "change. should we?",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    (
        "I am so tired and so angry. Fifteen years married and every night I wait to see if my "
        "husband comes home high or not at all. Is there any group for spouses like me, anyone "
        "who actually gets it?",
        at(FAMILIES, "groups-for-families", "looking-after-yourself"),
    ),
    (
        "my girlfriend's counselor has her looking for a job and new hobbies. what kind of "
        "addiction treatment is that even",
        at(COMMUNITY, "summary", "approach", "making-recovery-worth-it"),
    ),
    (
        "husband is detoxing and cant sit still, sweating, so anxious. doctor mentioned "
        "lofexadine, will that help",
        at(LOFEXIDINE, "summary", "how-it-works"),
    ),
    (
        "my husband is starting CBT for his heroin use. how long does it usually go on and how "
        "often",
        at(CBT, "key-facts", "summary", "what-a-session-is-like"),
    ),
    (
        "taking my brother to his first methadone appointment tomorrow, what does he need to "
        "bring and what happens there",
        at(
            CARE,
            "what-should-i-bring-to-my-first-visit",
            "your-first-visit-to-an-opioid-treatment-program",
        )
        + at(METHADONE, "starting-methadone"),
    ),
]


# Written after the changes made for the seventh set, by every kind of reader (using now, in
# treatment, just out of jail, pregnant, young, family, employers, teachers) in every tone and way
# of typing, and measured once before any change: 56 of 60 (93 %).
UNSEEN_8 = [
    (
        "its been like 10 hrs since i did h and im yawning, sweating, nose running nonstop. is "
        "this withdrawl already",
        at(EARLY, "signs", "summary", "when-does-withdrawal-start", "key-facts"),
    ),
    ("What does it mean if the nurse says my COWS is 18?", at(EARLY, "what-is-the-cows-score")),
    (
        "day 2 kicking, cant stop puking and the runs, how do i keep from getting dehydrated",
        at(PEAK, "getting-through-the-worst-days", "care", "when-to-get-help"),
    ),
    (
        "day 5 off fent and finally feel a little human. what should i be doing now so i dont "
        "end up right back where i was",
        at(SUBSIDING, "plan-what-comes-next", "care", "summary")
        + at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "3 weeks clean and still cant sleep, no energy, feel depressed all the time. when does "
        "this end",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    (
        "I used again after two months clean. I feel like I threw it all away. Am I a failure?",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "My brother gets out of jail next week after 8 months inside. If he goes back to using, "
        "what's the biggest danger?",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "can i take my first suboxen if i was smoking fent yesterday? terrified of precipitated "
        "withdrawl, already sick enough",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings")
        + at(EARLY, "when-does-withdrawal-start"),
    ),
    (
        "can i just swallow the sub strip instead of waiting for it to melt, tastes nasty",
        at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue"),
    ),
    (
        "been on bupe 2 yrs and my teeth are falling apart. is it the strips??",
        at(BUPRENORPHINE, "warnings"),
    ),
    (
        "Can my regular family doctor prescribe Suboxone, or do I have to go to some special "
        "clinic?",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "methadone got me so backed up and sweating all the time, is that normal",
        at(METHADONE, "side-effects"),
    ),
    (
        "how long til the done clinic gives me take homes? do i have to earn them",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "is it safe to take my xanax perscription with methadon",
        at(METHADONE, "warnings", "starting-methadone"),
    ),
    (
        "vivatrol how many days clean first",
        at(NALTREXONE, "warnings", "summary", "getting-ready-to-start"),
    ),
    (
        "what happens if im on the shot and i just do a bunch more dope to push through it",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    (
        "got a hard painful lump on my butt where they gave me the vivitrol shot, should i worry",
        at(NALTREXONE, "warnings", "side-effects"),
    ),
    (
        "what is lofexadine, will it take away my cravings",
        at(LOFEXIDINE, "summary", "part-of-a-bigger-plan", "how-it-works"),
    ),
    (
        "can i just stop the lucemyra cold or do i have to come off it slow",
        at(LOFEXIDINE, "warnings"),
    ),
    (
        "Whats the difference between Opvee and Narcan, is one better for fentanyl?",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    (
        "narcon free where",
        at(HARM, "where-can-i-get-naloxone") + at(NALOXONE, "cost", "where-given"),
    ),
    (
        "MY BOYFRIEND IS BLUE AND WONT WAKE UP WHAT DO I DO",
        at(NALOXONE, "be-ready-to-save-a-life")
        + at(HARM, "naloxone-for-friends-and-family")
        + at(NALMEFENE, "nalmefene-or-naloxone"),
    ),
    (
        "sprayed narcan like 3 min ago and hes still barely breathing, do i give the second one??",
        at(HARM, "naloxone-for-friends-and-family")
        + at(NALOXONE, "be-ready-to-save-a-life", "key-facts", "warnings"),
    ),
    (
        "narcan worked, hes breathing, but he still wont wake up. pretty sure there was tranq in "
        "it",
        at(
            HARM,
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
            "xylazine-or-tranq",
        )
        + at(NALOXONE, "warnings"),
    ),
    (
        "how do you tell the difference between someone just nodding and actually overdosing",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing"),
    ),
    (
        "if i call 911 when my friend ODs am i gonna get arrested too",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "friend came around after narcan and says hes fine, doesnt want an ambulance. ok to just "
        "let him sleep it off?",
        at(NALOXONE, "warnings", "summary"),
    ),
    (
        "how do the fent strips actually work and are they 100%",
        at(HARM, "fentanyl-and-xylazine-test-strips"),
    ),
    (
        "i live alone and use alone. i know its stupid. is there anything that can keep me from "
        "dying",
        at(HARM, "what-if-i-have-no-one-to-be-with-me", "never-use-alone"),
    ),
    ("where can i get clean needles without getting judged", at(HARM, "syringe-services-programs")),
    (
        "shared needles a few times last year. should i get checked for hep c even if i feel ok",
        at(HARM, "testing-for-hiv-and-hepatitis-c"),
    ),
    (
        "A coworker has nodded off at his desk twice this week. Should we keep naloxone in the "
        "office first aid kit?",
        at(HARM, "who-should-carry-naloxone"),
    ),
    (
        "im 8 weeks pregnent and on percs every day. should i just quit cold turkey for the baby",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "Can I breastfeed my baby while I'm on methadone?",
        at(PREGNANCY, "breastfeeding-on-medication", "summary"),
    ),
    (
        "will my baby come out addicted if i stay on subs while pregnant",
        at(PREGNANCY, "after-your-baby-is-born") + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "pregnant and the methadone clinic has a waiting list, is there any way to get in sooner",
        at(PREGNANCY, "getting-in-quickly") + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "just found out im pregnant and im on the vivitrol shot. do i need to switch?",
        at(NALTREXONE, "pregnancy"),
    ),
    (
        "im 16 can i even get on suboxone or is that only for adults",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
            "summary",
        ),
    ),
    (
        "if i go to treatment will my parents be able to see what i tell them. im 17",
        at(YOUNG, "privacy-for-young-people"),
    ),
    (
        "The methadone clinic told us our 17 year old has to fail treatment twice before they'll "
        "take him. Is that still the rule?",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
    (
        "I'm a high school teacher. A student said kids are buying pills like percs from "
        "friends. Could those have fentanyl in them?",
        at(YOUNG, "privacy-for-young-people"),
    ),
    (
        "my mom is 58 and went from her prescribed oxys to buying them on the street. every time "
        "i bring it up we end up screaming at each other",
        at(
            FAMILIES,
            "how-to-help-someone-you-love",
            "craft-a-way-to-help-a-loved-one-into-treatment",
        ),
    ),
    (
        "should i just kick my son out and let him hit bottom like everyone keeps telling me",
        at(
            FAMILIES,
            "should-i-wait-until-they-hit-rock-bottom",
            "how-can-i-help-my-son-or-daughter",
        ),
    ),
    (
        "my husbands using is wrecking me. are there groups for the wife, not him",
        at(FAMILIES, "groups-for-families", "looking-after-yourself"),
    ),
    (
        "heard about CRAFT for families. what is it and where do i sign up",
        at(FAMILIES, "craft-a-way-to-help-a-loved-one-into-treatment", "where-can-i-learn-craft"),
    ),
    (
        "no insurence and broke. can i still get treatment anywhere",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "can i get on bupenorphine through a video visit without going in anywhere",
        at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth")
        + at(BUPRENORPHINE, "where-given", "can-my-regular-doctor-prescribe-it"),
    ),
    (
        "First appointment at the methadone clinic tomorrow. What do I need to bring, and what "
        "will they actually do?",
        at(
            CARE,
            "what-should-i-bring-to-my-first-visit",
            "your-first-visit-to-an-opioid-treatment-program",
        ),
    ),
    (
        "I manage a warehouse. Can I call an employee's treatment program to confirm he's really "
        "going?",
        at(CARE, "your-privacy", "will-my-employer-find-out"),
    ),
    (
        "I'm deaf and can't use a phone line. How do I reach the addiction helpline?",
        at(CARE, "can-i-reach-the-helpline-without-talking-on-the-phone"),
    ),
    (
        "honestly i dont want to be alive anymore. i cant stop using and i cant keep doing this",
        at(CARE, "what-if-i-am-thinking-about-suicide"),
    ),
    (
        "isnt suboxone just trading one addiction for another? thats what my dad says",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "is addiction actually a disease or am i just weak",
        at(OVERVIEW, "opioid-addiction-is-a-medical-condition"),
    ),
    (
        "Can't I just do a 5 day detox and be done with it?",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure", "summary")
        + at(SUBSIDING, "plan-what-comes-next"),
    ),
    (
        "therapist wants to do cbt. do i have to dig up all my childhood stuff",
        at(CBT, "do-i-have-to-talk-about-my-childhood", "approach"),
    ),
    (
        "so this program pays you in gift cards for clean piss? and what if i test dirty one "
        "week, am i out",
        at(CONTINGENCY, "approach", "summary", "what-happens-if-i-test-positive"),
    ),
    (
        "not sure i even want to quit yet. is there any point talking to a counselor?",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary"),
    ),
    (
        "people at my NA meeting keep saying im not really clean cause im on methadone",
        at(PEER, "finding-the-right-group"),
    ),
    (
        "my counselor wants my mom and stepdad to come to sessions, what would we even do in there",
        at(FAMILY, "approach", "who-can-take-part", "summary"),
    ),
    (
        "Is there a therapy that helps with getting a job and finding hobbies, so life without "
        "drugs is actually worth it?",
        at(COMMUNITY, "summary", "approach", "making-recovery-worth-it"),
    ),
]


# Written after the changes made for the eighth set, in the style of the issue's own examples
# (one plain question each, a third short, a third with some context), and measured once before
# any change: 50 of 60 (83 %).
UNSEEN_9 = [
    (
        "suboxon how long after fent",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings")
        + at(EARLY, "when-does-withdrawal-start"),
    ),
    ("does subutex rot your teeth", at(BUPRENORPHINE, "warnings")),
    (
        "i swallowed my suboxone strip by accident instead of letting it melt, will it still work",
        at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue"),
    ),
    ("methadon and xanax together safe?", at(METHADONE, "warnings", "starting-methadone")),
    (
        "how soon can you get take home doses at the methadone clinic",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "my husband just started at the methadone clinic 3 days ago and he is really drowsy and "
        "nodding off, is that normal",
        at(METHADONE, "starting-methadone", "warnings", "side-effects"),
    ),
    (
        "can you get high on vivitrol",
        at(NALTREXONE, "how-it-works", "summary", "warnings", "getting-ready-to-start"),
    ),
    (
        "how many days clean before vivitrol",
        at(NALTREXONE, "warnings", "getting-ready-to-start", "summary"),
    ),
    (
        "i missed my vivitrol shot last month and want to use just once, how dangerous is that",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    (
        "how many doses of narcan",
        at(NALOXONE, "key-facts", "be-ready-to-save-a-life", "warnings")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "whats the difference between narcan, kloxxado and zimhi, i want to keep one at home for "
        "my son",
        at(NALOXONE, "which-naloxone-should-i-buy", "key-facts"),
    ),
    (
        "will the cops charge me if i call 911 for a friend who od'd",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    ("what is opvee", at(NALMEFENE, "summary", "key-facts")),
    ("opvee vs narcan for fent", at(NALMEFENE, "nalmefene-or-naloxone", "how-it-works", "summary")),
    ("does lucemyra make you dizzy", at(LOFEXIDINE, "side-effects", "warnings")),
    (
        "my doctor gave me lucemyra for detox but im still aching and sweating, is it supposed "
        "to take everything away",
        at(LOFEXIDINE, "will-lofexidine-stop-all-my-symptoms", "part-of-a-bigger-plan"),
    ),
    ("cheaper alternative to lucemyra", at(LOFEXIDINE, "cost", "where-given")),
    ("how does dope sickness start", at(EARLY, "signs", "summary")),
    (
        "how long after my last bag of dope does withdrawl kick in",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    ("which day of heroin withdrawl is the hardest", at(PEAK, "summary", "key-facts")),
    (
        "been throwing up and having diarrhea for 2 days coming off dope, how do i know if im "
        "getting dehydrated",
        at(PEAK, "getting-through-the-worst-days", "care", "when-to-get-help"),
    ),
    (
        "day 5 off heroin, when do i start feeling normal again",
        at(SUBSIDING, "summary", "key-facts"),
    ),
    (
        "detox is almost over and i'm scared of relapsing, what should i be doing next",
        at(SUBSIDING, "plan-what-comes-next", "care")
        + at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "still depressed and can't sleep 2 months after quitting opiates",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    (
        "i relapsed after 6 weeks clean, did i just ruin everything",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    ("what do you actually do in cbt", at(CBT, "approach", "what-a-session-is-like", "summary")),
    (
        "will the counselor make me dig into my childhood in cbt",
        at(CBT, "do-i-have-to-talk-about-my-childhood"),
    ),
    ("getting paid to pass drug tests", at(CONTINGENCY, "summary", "approach")),
    (
        "i failed a urine test in my prize program, are they going to kick me out",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "what is cra therapy for drug addiction and does it help",
        at(COMMUNITY, "summary", "approach", "evidence"),
    ),
    (
        "is there a therapy that helps you get a job, friends and hobbies so staying clean feels "
        "worth it",
        at(COMMUNITY, "summary", "approach", "making-recovery-worth-it"),
    ),
    (
        "can my girlfriend come to my therapy sessions with me",
        at(FAMILY, "who-can-take-part", "approach"),
    ),
    (
        "my wife refuses to come to family counseling with me, can i still get help",
        at(FAMILY, "what-if-my-family-will-not-come"),
    ),
    (
        "i'm not sure i even want to quit yet, is there any kind of counseling for people like me",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary", "approach"),
    ),
    ("how long does MI counseling take", at(MOTIVATIONAL, "key-facts")),
    ("will people at NA judge me for being on suboxone", at(PEER, "finding-the-right-group")),
    ("smart recovery vs narcotics anonymous", at(PEER, "approach", "summary")),
    (
        "isnt suboxone just trading one addiction for another",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "best treatment for heroin addiction",
        at(OVERVIEW, "summary", "medication-is-the-core-of-treatment"),
    ),
    (
        "where do i get strips to test my dope for fent",
        at(HARM, "fentanyl-and-xylazine-test-strips", "syringe-services-programs"),
    ),
    (
        "my son is using alone in his room, is there a hotline someone can stay on while he uses",
        at(HARM, "what-if-i-have-no-one-to-be-with-me", "never-use-alone"),
    ),
    (
        "gave narcan and he's breathing now but won't wake up, i think the dope had tranq in it",
        at(
            HARM,
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
            "xylazine-or-tranq",
        )
        + at(NALOXONE, "warnings"),
    ),
    (
        "is it ok to nurse my baby while on methadon",
        at(PREGNANCY, "breastfeeding-on-medication", "summary"),
    ),
    (
        "im 8 weeks pregnant and using fent, should i just quit cold turkey",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "will my baby be born addicted if i stay on subutex while pregnant",
        at(PREGNANCY, "after-your-baby-is-born") + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "how do i talk to my daughter about her heroin use without pushing her away",
        at(FAMILIES, "how-to-help-someone-you-love", "how-can-i-help-my-son-or-daughter"),
    ),
    (
        "do addicts need to lose everything before they accept help",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    (
        "is there a program that teaches parents how to get their kid to go into treatment",
        at(FAMILIES, "craft-a-way-to-help-a-loved-one-into-treatment", "where-can-i-learn-craft"),
    ),
    (
        "suboxone for 16 year olds",
        at(
            YOUNG,
            "which-medicine-is-used-for-teens",
            "medication-is-for-young-people-too",
            "summary",
        )
        + at(SUPPORT, "teens-and-young-adults"),
    ),
    (
        "my 17 year old is starting treatment, will the program tell me what he says",
        at(YOUNG, "privacy-for-young-people"),
    ),
    (
        "my teen needs methadone but the program says he has to fail other treatment first",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
    (
        "what kinds of help are there for drug users and their families",
        at(SUPPORT, "summary", "for-families-and-friends") + at(FAMILIES, "summary"),
    ),
    (
        "how do i lower my risk if im not ready to quit",
        at(SUPPORT, "staying-safer-if-you-use") + at(HARM, "summary"),
    ),
    (
        "can i get rehab if i have no insurance or money",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "does medicaid pay for suboxone",
        at(CARE, "paying-for-treatment") + at(BUPRENORPHINE, "cost"),
    ),
    (
        "video visit suboxone prescription",
        at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth")
        + at(BUPRENORPHINE, "where-given", "can-my-regular-doctor-prescribe-it"),
    ),
    ("documents needed for methadone intake", at(CARE, "what-should-i-bring-to-my-first-visit")),
    (
        "can my boss see that i'm getting addiction treatment",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "i keep thinking about killing myself while coming off opiates, who can i call or text",
        at(CARE, "what-if-i-am-thinking-about-suicide")
        + at(EARLY, "when-to-get-help")
        + at(PEAK, "when-to-get-help")
        + at(SUBSIDING, "when-to-get-help")
        + at(POST_ACUTE, "when-to-get-help"),
    ),
    (
        "is there a number i can call to find out about rehab programs near me",
        at(CARE, "call-or-text-for-help") + at(OVERVIEW, "finding-treatment"),
    ),
]


# Written at the same time as UNSEEN_9, by picturing 60 visitors late at night (a man on
# methadone for years, a 17-year-old on pressed pills, a nurse's aide worried about her licence,
# a couple who both use...) and typing what each would, and measured once before any change:
# 51 of 60 (85 %).
UNSEEN_10 = [
    (
        "been on done almost 6 yrs now and my counselor keeps hinting i should taper. is there a "
        "cutoff for how many years ur supposed to stay on it",
        at(METHADONE, "how-long-will-i-need-to-take-methadone")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "started at the methadone clinic monday. day 4 now and im way sleepier than day 1, "
        "nodding off at work on the same dose. is this normal or bad",
        at(METHADONE, "starting-methadone", "warnings", "side-effects"),
    ),
    (
        "psychiatrist wants to put me on xanax for panic attacks but im on 90mg methadone. safe "
        "to take both??",
        at(METHADONE, "starting-methadone", "warnings"),
    ),
    (
        "sick of driving to the clinic every morning before work. how do people get take homes, "
        "do u have to be there a year first",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "last time i took a sub after fent i got so sick i thought i was dying. how long should "
        "i wait this time",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings")
        + at(EARLY, "when-does-withdrawal-start"),
    ),
    (
        "accidently swallowed my strip instead of letting it melt, did i just waste it",
        at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue"),
    ),
    (
        "my teeth have been chipping and getting cavities since i started bupe, is that the film "
        "doing that",
        at(BUPRENORPHINE, "warnings"),
    ),
    (
        "does it gotta be a special clinic for suboxone or can the guy i see for my blood "
        "pressure write it",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "getting released in 3 weeks and they offered me the vivitrol shot before i leave. what "
        "does it actually do",
        at(NALTREXONE, "how-it-works", "summary"),
    ),
    (
        "been on suboxone a year and want to switch to vivitrol. how long do i have to be off "
        "subs before i can get the shot",
        at(NALTREXONE, "getting-ready-to-start", "warnings"),
    ),
    (
        "skipped my vivitrol last month. if i use now am i more likely to od",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    (
        "lucemyra costs way too much with no insurance. anything cheaper that works the same for "
        "kicking",
        at(LOFEXIDINE, "cost", "where-given"),
    ),
    (
        "does lofexidine take away the cravings too or just the sweats and aches",
        at(LOFEXIDINE, "part-of-a-bigger-plan", "summary", "how-it-works"),
    ),
    (
        "HELP my boyfriend is blue and wont wake up, i sprayed one narcan like 3 min ago and "
        "nothing",
        at(NALOXONE, "be-ready-to-save-a-life", "key-facts", "warnings")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "friend came to after the narcan and says hes fine, doesnt want an ambulance. can i just "
        "let him sleep it off on the couch",
        at(NALOXONE, "warnings", "summary") + at(NALMEFENE, "warnings"),
    ),
    (
        "my roommate is nodding super hard, snoring weird and his pupils are pinned. is he just "
        "high or is this an od",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing"),
    ),
    (
        "friend is od'ing but we both got warrants. if i call an ambulance do we get charged",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "cant afford narcan at cvs, does anybody hand it out free",
        at(HARM, "where-can-i-get-naloxone") + at(NALOXONE, "cost", "where-given"),
    ),
    (
        "pharmacist brought up opvee. is it better than narcan with all the fent around",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary", "how-it-works"),
    ),
    (
        "last bag was around 8 this morning. what time am i gonna start getting sick",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    (
        "cant stop yawning, nose running, eyes watering and my legs ache. is this the start of "
        "dope sickness",
        at(EARLY, "signs", "summary"),
    ),
    (
        "nurse at detox said my cows was 14. what does that number mean",
        at(EARLY, "what-is-the-cows-score"),
    ),
    (
        "day 2 kicking at my moms, puking and diarrhea all night. how do i know if im getting "
        "dehydrated",
        at(PEAK, "getting-through-the-worst-days", "care"),
    ),
    (
        "day 5 off h, finally feel a little human but still zero appetite and tired. how much "
        "longer",
        at(SUBSIDING, "summary", "signs", "key-facts", "care"),
    ),
    (
        "came off methadone cold 10 days ago and still feel awful. does done withdrawal drag on "
        "longer than heroin",
        at(SUBSIDING, "key-facts") + at(PEAK, "key-facts"),
    ),
    (
        "2 months clean and i still cant sleep and feel flat and depressed every day. does this "
        "ever go away",
        at(POST_ACUTE, "feeling-better-takes-time", "summary", "signs"),
    ),
    (
        "relapsed last night after 3 months clean. feel like i threw it all away",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "my dad says suboxone is just trading one addiction for another and im not really sober. "
        "is he right",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another")
        + at(PEER, "finding-the-right-group"),
    ),
    (
        "is opioid addiction an actual disease or am i just weak",
        at(OVERVIEW, "opioid-addiction-is-a-medical-condition"),
    ),
    (
        "just got out after 2 years locked up. can i still handle the amount i used to do before",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "how do fent strips work, do i dip the powder in straight or what",
        at(HARM, "fentanyl-and-xylazine-test-strips"),
    ),
    (
        "i always use by myself in my apartment, no one knows. anything so i dont die alone in "
        "there",
        at(HARM, "what-if-i-have-no-one-to-be-with-me", "never-use-alone"),
    ),
    (
        "found needles in my grandsons room. is there somewhere he can at least get clean ones "
        "so he isnt sharing",
        at(HARM, "syringe-services-programs"),
    ),
    (
        "got these nasty sores on my arms that wont heal. guy said its the tranq. what is that "
        "stuff",
        at(HARM, "xylazine-or-tranq", "syringe-services-programs"),
    ),
    (
        "gave her narcan and shes breathing again but still totally out, wont wake up. tranq is "
        "going around here",
        at(
            HARM,
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
            "xylazine-or-tranq",
        )
        + at(NALOXONE, "warnings"),
    ),
    (
        "me and my husband both use. what can we do so neither of us ods",
        at(HARM, "never-use-alone", "summary", "who-should-carry-naloxone"),
    ),
    (
        "shared works with my ex a few times last year. should i get checked for hep c even tho "
        "i feel ok",
        at(HARM, "testing-for-hiv-and-hepatitis-c"),
    ),
    (
        "lost my job and got no insurance now. can i still get on methadone or subs",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    ("does medicaid cover suboxone", at(BUPRENORPHINE, "cost") + at(CARE, "paying-for-treatment")),
    (
        "im a cna. if i go to a methadone clinic can my job or the nursing board find out",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "intake appt tomorrow 8am, do i need id or paperwork or anything",
        at(CARE, "what-should-i-bring-to-my-first-visit"),
    ),
    (
        "closest clinic is 2 hrs away and i have no car. can i get on subs over video or phone",
        at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth")
        + at(BUPRENORPHINE, "where-given", "can-my-regular-doctor-prescribe-it"),
    ),
    (
        "dont see the point of anything anymore. so tired of living like this",
        at(CARE, "what-if-i-am-thinking-about-suicide"),
    ),
    (
        "its 3am is there anybody i can call right now about getting into rehab",
        at(CARE, "call-or-text-for-help", "summary") + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "what happens the first day at a methadone clinic, do they dose you right away",
        at(CARE, "your-first-visit-to-an-opioid-treatment-program")
        + at(METHADONE, "starting-methadone"),
    ),
    (
        "just found out im 7 weeks pregnant and im on subs. do i have to come off them",
        at(
            PREGNANCY,
            "is-buprenorphine-safe-when-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "pregnant and still using. i want to just go cold turkey so the baby is clean",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "is it ok to nurse my baby while im on done",
        at(PREGNANCY, "breastfeeding-on-medication", "summary"),
    ),
    (
        "will my baby be dopesick when hes born? what do they do for them",
        at(PREGNANCY, "after-your-baby-is-born", "what-helps-a-baby-with-withdrawal-signs")
        + at(METHADONE, "pregnancy")
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "my daughter is in detox right now. how do i talk to her when she gets home without "
        "pushing her away",
        at(FAMILIES, "how-to-help-someone-you-love", "how-can-i-help-my-son-or-daughter"),
    ),
    (
        "everyone keeps telling me to cut my son off until hes lost everything and is ready. is "
        "that right",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    (
        "my brother survived an od last night. what should we keep in the house in case it "
        "happens again",
        at(FAMILIES, "keep-naloxone-at-home")
        + at(HARM, "who-should-carry-naloxone")
        + at(NALOXONE, "be-ready-to-save-a-life"),
    ),
    (
        "im 17 and been doing blues every day. can i get on suboxone or am i too young",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
            "summary",
        ),
    ),
    (
        "if my 16 yr old goes to rehab do i get to see what they tell the counselor",
        at(YOUNG, "privacy-for-young-people"),
    ),
    (
        "scared of therapy bc i dont wanna rehash everything my stepdad did. do they make you go "
        "back into the past",
        at(CBT, "do-i-have-to-talk-about-my-childhood", "approach"),
    ),
    (
        "my program gives gift cards for clean urines. what if i drop a dirty one, do i get "
        "kicked out",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "counselor wants me to do the community reinforcement thing. what does that even involve",
        at(COMMUNITY, "summary", "approach"),
    ),
    (
        "mom and stepdad refuse to show up to the family sessions, does that mess up my treatment",
        at(FAMILY, "what-if-my-family-will-not-come"),
    ),
    (
        "not even sure i want to quit, maybe just cut down. is there counseling for people like me",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary", "approach"),
    ),
    (
        "is there a meeting like NA but without all the higher power 12 steps stuff",
        at(PEER, "approach", "summary"),
    ),
]


# Written at the same time as UNSEEN_12, page by page through the passages (20 short, 25 medium,
# 15 long), and measured once after the changes made for UNSEEN_12 and before any made for it:
# 54 of 60 (90 %).
UNSEEN_11 = [
    (
        "how soon after my last h does withdrawl kick in",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    ("what does cows score 14 mean", at(EARLY, "what-is-the-cows-score")),
    (
        "first day without dope and im yawning nonstop, sweating, nose running and cant sleep at "
        "all. is this the start of getting sick or something else",
        at(EARLY, "signs", "summary"),
    ),
    ("worst days of kicking dope", at(PEAK, "summary", "key-facts")),
    (
        "throwing up and diarrhea all day, how do i tell if im dehydrated",
        at(PEAK, "getting-through-the-worst-days", "care"),
    ),
    (
        "my husband is on day 2 of coming off fent at home and says hell just use a little to "
        "take the edge off. how dangerous is that now",
        at(PEAK, "getting-through-the-worst-days", "summary", "when-to-get-help")
        + at(EARLY, "when-to-get-help")
        + at(SUBSIDING, "plan-what-comes-next")
        + at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    ("day 5 of detox now what", at(SUBSIDING, "plan-what-comes-next", "care", "summary")),
    (
        "a week off heroin and still no appetite and wiped out, normal?",
        at(SUBSIDING, "signs", "summary"),
    ),
    (
        "slipped up after 3 months clean, did i blow my whole recovery",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "its been like two months since i got off percs and im still depressed and anxious all "
        "the time, does this ever go away or is my brain broken for good",
        at(POST_ACUTE, "feeling-better-takes-time", "summary", "signs"),
    ),
    (
        "how long do i wait after fentynal before taking my first suboxen",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings")
        + at(EARLY, "when-does-withdrawal-start"),
    ),
    ("how often is the sublocade shot", at(BUPRENORPHINE, "key-facts", "summary", "where-given")),
    (
        "been on suboxone strips for a year and my teeth are getting really bad, is that from "
        "the medicine and what can i do about it",
        at(BUPRENORPHINE, "warnings"),
    ),
    (
        "took bupenorphine too early now way sicker, what do i do",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine"),
    ),
    ("what does lofexadine actually do", at(LOFEXIDINE, "summary", "how-it-works", "key-facts")),
    ("lucemyra making me dizzy", at(LOFEXIDINE, "side-effects", "warnings")),
    (
        "do i have to go to the methadon clinic every single day",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "my mom started at the methadone clinic 3 days ago and today shes way more sleepy and "
        "nodding off than on the first day, should i be worried",
        at(METHADONE, "starting-methadone", "warnings"),
    ),
    ("is it safe to take xanax with my done dose", at(METHADONE, "starting-methadone", "warnings")),
    (
        "opvee vs narcan whats the difference",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    ("zurnai need a perscription?", at(NALMEFENE, "where-given", "summary", "cost")),
    (
        "my bf is passed out, lips look blue and hes making a gurgling snoring sound. i sprayed "
        "kloxxado in his nose and hes still barely breathing, what do i do now",
        at(NALOXONE, "be-ready-to-save-a-life", "key-facts", "warnings")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "can narcon hurt someone sober",
        at(NALOXONE, "how-it-works", "how-do-i-know-someone-is-overdosing"),
    ),
    (
        "will i get arrested if i call 911 when my friend ods",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    ("narcan worked still call 911?", at(NALOXONE, "warnings", "summary")),
    (
        "how many days clean do i need before the vivatrol shot",
        at(NALTREXONE, "warnings", "summary", "getting-ready-to-start"),
    ),
    (
        "if im on vivitrol and use a whole bunch of dope to get past the block what happens, "
        "asking for real",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    ("does insurence cover vivitrol", at(NALTREXONE, "cost")),
    (
        "what kind of help is out there for family of someone on heroin",
        at(SUPPORT, "for-families-and-friends", "summary") + at(FAMILIES, "summary"),
    ),
    (
        "staying safe while still using",
        at(SUPPORT, "staying-safer-if-you-use") + at(HARM, "summary"),
    ),
    (
        "my son is 24 and using heroin again, i keep yelling at him and it only makes things "
        "worse. how do i even talk to him",
        at(
            FAMILIES,
            "how-to-help-someone-you-love",
            "how-can-i-help-my-son-or-daughter",
            "craft-a-way-to-help-a-loved-one-into-treatment",
        ),
    ),
    (
        "should we cut off my brother until he loses everything and wants help",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    (
        "i feel like its my fault my daughter is on fent, im exhausted and scared all the time "
        "and havent slept properly in weeks",
        at(FAMILIES, "groups-for-families", "looking-after-yourself"),
    ),
    (
        "free drug treatment hotline number",
        at(CARE, "call-or-text-for-help") + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "im scared my job will find out if i go to a methadone clinic, do they tell your "
        "employer or does it show up anywhere",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "can my family doc write a script for zubsolv or do i need a clinic",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "can i get subs thru a video visit without leaving my house",
        at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth")
        + at(BUPRENORPHINE, "where-given", "can-my-regular-doctor-prescribe-it"),
    ),
    (
        "where to get fent test strips",
        at(HARM, "fentanyl-and-xylazine-test-strips", "syringe-services-programs"),
    ),
    (
        "i always use by myself, is there a number i can call just in case",
        at(HARM, "what-if-i-have-no-one-to-be-with-me", "never-use-alone"),
    ),
    (
        "gave my best friend narcan and shes breathing now but still wont wake up, i think there "
        "was tranq in it, what do i do while we wait",
        at(
            HARM,
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
            "xylazine-or-tranq",
        )
        + at(NALOXONE, "warnings"),
    ),
    (
        "pregnent on subutex should i stop",
        at(
            PREGNANCY,
            "is-buprenorphine-safe-when-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "im 10 weeks pregnent and still using. i want to quit cold turkey right now before it "
        "hurts the baby, is that the right thing to do",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "is it ok to nurse my baby while im on the done",
        at(PREGNANCY, "breastfeeding-on-medication", "summary"),
    ),
    (
        "can my 16 year old daughter get on suboxone or is that only for adults",
        at(
            YOUNG,
            "which-medicine-is-used-for-teens",
            "medication-is-for-young-people-too",
            "summary",
        ),
    ),
    (
        "17 yr old on blues, does he have to fail rehab twice before methadone",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
    ("does cbt dig into my past", at(CBT, "do-i-have-to-talk-about-my-childhood")),
    ("how long does cbt take", at(CBT, "key-facts", "summary")),
    (
        "counseling that helps with jobs and hobbies so i dont go back to using",
        at(COMMUNITY, "approach", "summary", "making-recovery-worth-it"),
    ),
    ("does community reinforcement really work", at(COMMUNITY, "evidence")),
    ("do they really give you prizes for clean drug tests", at(CONTINGENCY, "summary", "approach")),
    (
        "what if i fail a ua in the voucher program, do they kick me out",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "my parents refuse to come to family therapy, can i still do treatment",
        at(FAMILY, "what-if-my-family-will-not-come"),
    ),
    ("can my gf join family therapy", at(FAMILY, "who-can-take-part")),
    (
        "honestly im not sure i even want to quit yet, i just know things are getting bad. is "
        "there a counselor who wont pressure me",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary", "approach"),
    ),
    ("how many sessions motivational interviewing", at(MOTIVATIONAL, "key-facts")),
    (
        "people at my NA meeting keep saying im not really clean because im on subs and it makes "
        "me want to quit them",
        at(PEER, "finding-the-right-group", "evidence")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    ("whats the difference between NA and smart recovery", at(PEER, "approach", "summary")),
    (
        "isnt methadone just trading one addiction for another",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "my wife thinks im just weak and could stop oxys if i really wanted to. is opioid "
        "addiction actually a disease or a choice",
        at(OVERVIEW, "opioid-addiction-is-a-medical-condition"),
    ),
    (
        "whats the difference between methadone suboxone and vivitrol",
        at(OVERVIEW, "medication-is-the-core-of-treatment"),
    ),
]


# Written after the changes made for the ninth and tenth sets, by people who do not know the
# site's words and describe things instead ("the spray", "the clinic stuff", "cant stop pooping"),
# and measured once before any change: 50 of 60 (83 %).
UNSEEN_12 = [
    (
        "my friend is turning blue and wont wake up what do i do",
        at(NALOXONE, "be-ready-to-save-a-life", "how-do-i-know-someone-is-overdosing")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "sprayed one up his nose like 3 min ago and hes still barely breathing, do i use the "
        "second one",
        at(NALOXONE, "be-ready-to-save-a-life", "key-facts")
        + at(HARM, "naloxone-for-friends-and-family")
        + at(NALMEFENE, "nalmefene-or-naloxone"),
    ),
    (
        "she came to after the narcan and says shes fine, do we still need the ambulance",
        at(NALOXONE, "warnings", "summary"),
    ),
    (
        "narcan without perscription?",
        at(NALOXONE, "where-given", "summary", "cost", "which-naloxone-should-i-buy")
        + at(HARM, "naloxone-for-friends-and-family")
        + at(FAMILIES, "keep-naloxone-at-home"),
    ),
    (
        "will the cops charge me with something if i get an ambulance when my buddy ods and we "
        "were both using",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "how do u tell if someone is just nodding out or if its actually bad and they need help",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing"),
    ),
    (
        "i gave him the spray and hes breathing again but still totaly out cold, could it be "
        "that tranq stuff",
        at(
            HARM,
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
            "xylazine-or-tranq",
        )
        + at(NALOXONE, "warnings"),
    ),
    (
        "is there an overdose reverser that lasts longer than the regular narcan",
        at(NALMEFENE, "summary", "nalmefene-or-naloxone", "how-it-works")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    (
        "is the longer lasting prescription od spray ok for my 13 year old to carry or is there "
        "an age limit",
        at(NALMEFENE, "who-can-use-opvee-and-zurnai", "where-given"),
    ),
    (
        "my dad started at the methadon clinic 4 days ago and now hes super drowsy and hard to "
        "wake up",
        at(METHADONE, "starting-methadone", "warnings"),
    ),
    (
        "the liquid from the clinic has me so backed up and sweating all the time, is that normal",
        at(METHADONE, "side-effects"),
    ),
    (
        "can i still drink a few beers or take my xanax while im on the clinic dose",
        at(METHADONE, "warnings", "starting-methadone"),
    ),
    (
        "can they give me a few days worth to keep at my place so i dont have to go in every "
        "morning before work",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "took the strip under my tongue way too early and now im sicker than before what do i do",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine"),
    ),
    (
        "can i just swallow the orange film instead of letting it melt, it tastes nasty",
        at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue"),
    ),
    (
        "my teeth have been getting bad since i started subs, is that from the medicine",
        at(BUPRENORPHINE, "warnings"),
    ),
    (
        "do i need a special addiction doctor for suboxen or can my normal doc write it",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "the monthly shot that blocks opioids, how long do i have to be off everything before i "
        "can get it",
        at(NALTREXONE, "warnings", "summary", "getting-ready-to-start"),
    ),
    (
        "if i use on the blocker will i even feel it",
        at(NALTREXONE, "how-it-works", "summary", "getting-ready-to-start", "warnings"),
    ),
    (
        "skipped my vivitrol last month, is it more dangerous to use now than before",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    (
        "is there something non addictive for detox that helps the sweats and chills",
        at(LOFEXIDINE, "summary", "how-it-works"),
    ),
    (
        "took the detox pills but im still achy and gross, arent they supposed to fix it",
        at(LOFEXIDINE, "will-lofexidine-stop-all-my-symptoms"),
    ),
    (
        "what can i take when i cant stop pooping from withdrawl",
        at(LOFEXIDINE, "part-of-a-bigger-plan"),
    ),
    (
        "how many hours after my last hit before the sickness kicks in",
        at(EARLY, "when-does-withdrawal-start", "key-facts", "summary"),
    ),
    (
        "yawning nonstop, nose running, eyes watering and i cant sleep. is this the start of "
        "being dopesick",
        at(EARLY, "signs", "summary"),
    ),
    (
        "at detox the nurse kept checking my pupils and pulse and writing down a number, whats "
        "that for",
        at(EARLY, "what-is-the-cows-score"),
    ),
    (
        "day 2 of kicking, throwing up and diarrhea nonstop, how do i keep from getting dehydrated",
        at(PEAK, "care", "getting-through-the-worst-days"),
    ),
    (
        "been puking over a day and cant keep any water down, should i go to the er",
        at(PEAK, "when-to-get-help")
        + at(EARLY, "when-to-get-help")
        + at(SUBSIDING, "when-to-get-help")
        + at(POST_ACUTE, "when-to-get-help"),
    ),
    (
        "day 5 off dope, just tired and dont want to eat, when does this end",
        at(SUBSIDING, "summary", "signs", "key-facts"),
    ),
    (
        "almost through detox, what do i do after so i dont end up using again",
        at(SUBSIDING, "plan-what-comes-next", "care")
        + at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "2 months clean and still cant sleep and feel down all the time, is something wrong with "
        "me",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    (
        "slipped up after 3 months clean, did i ruin everything",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "my mom says im still hooked because im on the clinic stuff, is she right",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "is addiction just bad choices or is it an actual illness",
        at(OVERVIEW, "opioid-addiction-is-a-medical-condition"),
    ),
    (
        "my brother just got out of jail, is he more likely to od now",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "the therapy where you figure out your triggers, how many weeks does it take",
        at(CBT, "key-facts", "summary"),
    ),
    (
        "the program where they give you rewards for clean drug tests, if i mess up one test do "
        "they kick me out",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "does getting gift cards for clean pee really help anyone stay off",
        at(CONTINGENCY, "evidence", "why-rewards-help", "summary"),
    ),
    (
        "not even sure i want to quit yet, is there counseling where they wont pressure me",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary", "approach"),
    ),
    (
        "can my girlfriend come to therapy with me",
        at(FAMILY, "who-can-take-part", "approach", "summary"),
    ),
    (
        "my parents refuse to do counseling with me, can i still get help",
        at(FAMILY, "what-if-my-family-will-not-come"),
    ),
    (
        "is there a treatment that helps you get a job and hobbies so sober life isnt so boring",
        at(COMMUNITY, "summary", "approach", "making-recovery-worth-it"),
    ),
    (
        "people at my NA meeting say im not really clean cause im on suboxone",
        at(PEER, "finding-the-right-group"),
    ),
    (
        "how do those strips work to check for fent in my stuff",
        at(HARM, "fentanyl-and-xylazine-test-strips"),
    ),
    (
        "i live by myself and use alone, is there anyone who can check on me",
        at(HARM, "what-if-i-have-no-one-to-be-with-me", "never-use-alone"),
    ),
    (
        "shared a needle with someone, should i get checked for hep c",
        at(HARM, "testing-for-hiv-and-hepatitis-c", "syringe-services-programs"),
    ),
    (
        "found out im pregnant and still using, should i just quit cold turkey",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl")
        + at(SUPPORT, "pregnancy-and-breastfeeding"),
    ),
    (
        "will my baby be born addicted if i stay on methadone",
        at(PREGNANCY, "after-your-baby-is-born") + at(METHADONE, "pregnancy"),
    ),
    ("can i breastfeed on subs", at(PREGNANCY, "breastfeeding-on-medication", "summary")),
    (
        "my newborn is shaky, crying a ton and wont feed, what helps",
        at(
            PREGNANCY,
            "what-helps-a-baby-with-withdrawal-signs",
            "after-your-baby-is-born",
            "breastfeeding-on-medication",
        ),
    ),
    (
        "lost my job and dont have coverage anymore, can i still get treated",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "will my boss find out im in treatment",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "first appt at the clinic tomorow, do i need my id or anything",
        at(CARE, "what-should-i-bring-to-my-first-visit"),
    ),
    (
        "going to the clinic where you get dosed every day for the first time next week, what "
        "actually happens that first day and do they force you into counseling",
        at(CARE, "your-first-visit-to-an-opioid-treatment-program")
        + at(METHADONE, "where-given", "starting-methadone"),
    ),
    (
        "is there a number i can text instead of calling, phone calls give me bad anxiety",
        at(CARE, "can-i-reach-the-helpline-without-talking-on-the-phone"),
    ),
    (
        "my son is using again, should i just cut him off and let him learn the hard way",
        at(
            FAMILIES,
            "should-i-wait-until-they-hit-rock-bottom",
            "how-can-i-help-my-son-or-daughter",
        ),
    ),
    (
        "heard theres a program that teaches parents how to get their kid into rehab, where do i "
        "find it",
        at(FAMILIES, "craft-a-way-to-help-a-loved-one-into-treatment", "where-can-i-learn-craft"),
    ),
    (
        "im 16, can i get on suboxone or is it only for adults",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
            "summary",
        )
        + at(SUPPORT, "teens-and-young-adults"),
    ),
    (
        "im 17, will my parents be able to see my treatment records",
        at(YOUNG, "privacy-for-young-people"),
    ),
    (
        "the methadone clinic turned my 16 yo away because he hasnt been to rehab twice yet",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
]


# Written after the changes made for the eleventh and twelfth sets, in the style of the issue's
# own examples, two questions for every page, and measured once before any change: 47 of 50 (94 %).
UNSEEN_13 = [
    (
        "how many hours after my last bag do i start getting dope sick",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    ("nurse said my cows score is 14 what does that mean", at(EARLY, "what-is-the-cows-score")),
    (
        "my boyfriend keeps throwing up and has the runs day 2 off fent how do i keep him hydrated",
        at(PEAK, "care", "getting-through-the-worst-days"),
    ),
    ("what day of withdrawel is the worst", at(PEAK, "summary", "key-facts")),
    ("when do withdrawl symptoms start going away", at(SUBSIDING, "summary", "key-facts")),
    (
        "day 5 of detox what should i set up for after",
        at(SUBSIDING, "plan-what-comes-next", "care")
        + at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "2 months clean and still cant sleep and feel down all the time is that normal",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    (
        "used again after 6 weeks clean did i blow my whole recovery",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "can i get a suboxen script from my family doctor",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "took a sub too soon after fent and now im way sicker what do i do",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings"),
    ),
    (
        "is it ok to just swallow my zubsolv",
        at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue"),
    ),
    ("is lucemyra an opiate", at(LOFEXIDINE, "summary", "how-it-works", "key-facts")),
    ("can i quit taking lofexidin cold turkey", at(LOFEXIDINE, "warnings")),
    (
        "when can i take my methadose home instead of going to the done clinic every day",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    ("is it safe to take xanax while on methadon", at(METHADONE, "warnings", "starting-methadone")),
    ("dolophine has me constipated and sweating constantly", at(METHADONE, "side-effects")),
    (
        "narcan vs opvee",
        at(NALMEFENE, "nalmefene-or-naloxone") + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    ("do i need a perscription for zurnai", at(NALMEFENE, "where-given", "summary", "cost")),
    (
        "gave my friend one narcon and hes still barely breathing do i give another",
        at(NALOXONE, "key-facts", "be-ready-to-save-a-life", "warnings")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "can the cops charge me if i call 911 for an overdose",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "how do i tell if my brother is overdoseing or just nodding out",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing"),
    ),
    (
        "how long after my last bupe before i can get the vivatrol shot",
        at(NALTREXONE, "getting-ready-to-start", "warnings"),
    ),
    ("is revia addicitve", at(NALTREXONE, "summary", "key-facts")),
    (
        "isnt suboxone just trading one addiction for another",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "is going through detox enough to stay off heroin",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure", "summary")
        + at(SUBSIDING, "plan-what-comes-next"),
    ),
    ("cbt how many weeks", at(CBT, "key-facts")),
    (
        "will cbt make me dig up stuff from when i was a kid",
        at(CBT, "do-i-have-to-talk-about-my-childhood"),
    ),
    (
        "counseling that helps you get a job and hobbies so you dont go back to using",
        at(COMMUNITY, "summary", "approach"),
    ),
    ("does the community reinforcement approach really work?", at(COMMUNITY, "evidence")),
    (
        "do they really give you gift cards for clean urine tests",
        at(CONTINGENCY, "summary", "approach"),
    ),
    (
        "i had a dirty ua in the prize program am i kicked out",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "can my girlfriend come to family therapy or is it only parents",
        at(FAMILY, "who-can-take-part"),
    ),
    (
        "my parents refuse to come to family sessions with me what now",
        at(FAMILY, "what-if-my-family-will-not-come"),
    ),
    (
        "not sure i even want to quit yet can a councelor still help",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary"),
    ),
    (
        "how many sessions of motivational interviewing do you usually get",
        at(MOTIVATIONAL, "key-facts"),
    ),
    (
        "people at my na meeting say im not really clean because im on methadone",
        at(PEER, "finding-the-right-group")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    ("is there a group like na but without the 12 steps", at(PEER, "approach")),
    (
        "fentanil strips how do you use them to check your dope",
        at(HARM, "fentanyl-and-xylazine-test-strips"),
    ),
    (
        "gave narcan and hes breathing but still wont wake up is it xylazene",
        at(
            HARM,
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
            "xylazine-or-tranq",
        )
        + at(NALOXONE, "warnings"),
    ),
    (
        "im pregnent and on subs should i come off them",
        at(
            PREGNANCY,
            "is-buprenorphine-safe-when-i-am-pregnant",
            "treatment-during-pregnancy",
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "summary",
        )
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "my newborn is shaky and crying alot is it from my methodone",
        at(PREGNANCY, "after-your-baby-is-born") + at(METHADONE, "pregnancy"),
    ),
    (
        "can i get treatment with no insurence",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "will my boss find out im in treatment",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "number to call to find rehab near me",
        at(
            CARE,
            "call-or-text-for-help",
            "finding-treatment-near-you",
            "can-i-reach-the-helpline-without-talking-on-the-phone",
        )
        + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "how do i get my husband into treatment when he says he doesnt need it",
        at(
            FAMILIES,
            "craft-a-way-to-help-a-loved-one-into-treatment",
            "how-to-help-someone-you-love",
            "should-i-wait-until-they-hit-rock-bottom",
        ),
    ),
    ("is there a suport group for me my son is on heroin", at(FAMILIES, "groups-for-families")),
    (
        "can my 16 year old daughter get on suboxone",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
            "summary",
        ),
    ),
    (
        "my son is 17 will his treatment program tell me what goes on",
        at(YOUNG, "privacy-for-young-people"),
    ),
    ("what kind of help is there for people on opioids and there families", at(SUPPORT, "summary")),
    (
        "my mom still uses, how can she stay safer without quitting",
        at(SUPPORT, "staying-safer-if-you-use") + at(HARM, "summary"),
    ),
]


# Written at the same time as UNSEEN_13, about what matters most for safety in facts.md and what
# changed lately (the 2024 treatment-program rules, naltrexone, overdose steps, nalmefene), and
# measured once before any change: 46 of 50 (92 %).
UNSEEN_14 = [
    (
        "my son is blue and wont wake up i think its fent what do i do",
        at(NALOXONE, "be-ready-to-save-a-life") + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "gave him narcan hes breathing now but still wont wake up",
        at(
            HARM,
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
            "xylazine-or-tranq",
        )
        + at(NALOXONE, "warnings"),
    ),
    ("tranq and narcan", at(HARM, "xylazine-or-tranq") + at(NALOXONE, "warnings")),
    (
        "narcan wear off",
        at(NALOXONE, "warnings", "summary") + at(NALMEFENE, "nalmefene-or-naloxone"),
    ),
    (
        "first narcan spray didnt work how long before i do another one",
        at(NALOXONE, "key-facts", "be-ready-to-save-a-life")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "do i need a perscription to buy narcan at walgreens",
        at(NALOXONE, "where-given", "summary", "which-naloxone-should-i-buy")
        + at(FAMILIES, "keep-naloxone-at-home")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "will the cops charge me if i call 911 when my friend ods",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "what is opvee",
        at(NALMEFENE, "summary", "key-facts", "who-can-use-opvee-and-zurnai", "where-given"),
    ),
    ("opvee age limit", at(NALMEFENE, "who-can-use-opvee-and-zurnai", "where-given")),
    (
        "zurnai or narcan which one lasts longer",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary", "how-it-works")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    (
        "can i get opvee over the counter like narcan or do i need my doctor",
        at(NALMEFENE, "where-given", "cost", "summary"),
    ),
    (
        "how can u tell if someone is overdoesing or just really high",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing"),
    ),
    (
        "is it dangerous to give narcan if im not sure they took opioids",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing", "how-it-works"),
    ),
    (
        "how many days clean before my first vivatrol shot",
        at(NALTREXONE, "summary", "warnings", "getting-ready-to-start"),
    ),
    (
        "going from subs to vivitrol how long do i have to wait",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    (
        "my wife missed her vivitrol shot last month is she more likely to overdose now",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    (
        "if you do a lot of dope on vivitrol can you push through the block",
        at(NALTREXONE, "warnings", "getting-ready-to-start", "how-it-works"),
    ),
    ("can you get hooked on naltrexone", at(NALTREXONE, "summary", "key-facts")),
    (
        "hard painful lump where they gave my vivitrol injection",
        at(NALTREXONE, "warnings", "side-effects"),
    ),
    (
        "can the methodone clinic let me take doses home in my first month or do i have to earn "
        "them",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "do i have to do counseling to get my done",
        at(METHADONE, "where-given") + at(CARE, "your-first-visit-to-an-opioid-treatment-program"),
    ),
    (
        "methadone clinic intake exam over video call allowed?",
        at(METHADONE, "where-given") + at(CARE, "your-first-visit-to-an-opioid-treatment-program"),
    ),
    (
        "can i get suboxen prescribed on a video visit without going in",
        at(BUPRENORPHINE, "where-given", "can-my-regular-doctor-prescribe-it")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "does my family doctor still need an x waiver to write subs",
        at(BUPRENORPHINE, "where-given", "can-my-regular-doctor-prescribe-it")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "my daughter is 16 and using fent can a teenager even get put on suboxone",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
            "summary",
        ),
    ),
    (
        "my son is 17 the clinic said he has to fail rehab twice first is that true",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
    (
        "as a parent can i see what my teen tells the treatment program",
        at(YOUNG, "privacy-for-young-people") + at(CARE, "your-privacy"),
    ),
    (
        "im pregant and using heroin should i just quit cold turkey",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "just found out im 8 weeks pregnant and im on subs do i need to come off them",
        at(PREGNANCY, "is-buprenorphine-safe-when-i-am-pregnant", "treatment-during-pregnancy")
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    ("can i breastfeed on methadone", at(PREGNANCY, "breastfeeding-on-medication", "summary")),
    (
        "will my baby come out going through withdrawal if i stay on methadone",
        at(PREGNANCY, "after-your-baby-is-born")
        + at(METHADONE, "pregnancy")
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "pregnant and need a methadone clinic asap is there a waitlist",
        at(PREGNANCY, "getting-in-quickly") + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "is it safe to narcan a pregnant woman",
        at(NALOXONE, "pregnancy") + at(NALMEFENE, "pregnancy"),
    ),
    ("vivitrol while pregnant ok?", at(NALTREXONE, "pregnancy")),
    (
        "how many hours after my last shot of dope til i start getting sick",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    ("what day is withdrawl the worst", at(PEAK, "summary", "key-facts")),
    ("when does dopesick finally end", at(SUBSIDING, "summary", "key-facts")),
    (
        "coming off done how long will the withdrawals go on",
        at(SUBSIDING, "key-facts") + at(PEAK, "key-facts"),
    ),
    (
        "last used fent yesterday morning is it too soon to take my first sub",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings")
        + at(EARLY, "when-does-withdrawal-start"),
    ),
    (
        "took a sub too early and now im way sicker than before help",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine"),
    ),
    (
        "what does lucemyra do for withdrawal",
        at(LOFEXIDINE, "summary", "how-it-works", "key-facts"),
    ),
    ("is there a cheaper generic for lucemyra", at(LOFEXIDINE, "cost")),
    (
        "my son gets out of jail next week could his old amount kill him now",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "isnt methadone just legal heroin",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another")
        + at(METHADONE, "how-it-works"),
    ),
    (
        "will medicaid pay for suboxone",
        at(BUPRENORPHINE, "cost") + at(CARE, "paying-for-treatment"),
    ),
    (
        "cant afford rehab and dont have any insurance what can i do",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "does my boss get told if i go to a methadone clinic",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "free number to call to find heroin treatment near me",
        at(CARE, "call-or-text-for-help", "finding-treatment-near-you")
        + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "i always use by myself is there a line that will send someone if i stop answering",
        at(HARM, "what-if-i-have-no-one-to-be-with-me"),
    ),
    (
        "my husband keeps refusing any treatment and my mom says to leave him alone till it gets "
        "bad enough should we just wait for him",
        at(
            FAMILIES,
            "should-i-wait-until-they-hit-rock-bottom",
            "craft-a-way-to-help-a-loved-one-into-treatment",
        ),
    ),
]


# Written after the changes made for the thirteenth and fourteenth sets, the two passages a
# worried visitor would most need from each page (15 searches, 25 questions, 10 with context),
# and measured once before any change: 47 of 50 (94 %).
UNSEEN_15 = [
    ("dope sick first signs", at(EARLY, "signs", "summary")),
    ("worst day of withdrawl", at(PEAK, "summary", "key-facts")),
    ("lucemyra what is it", at(LOFEXIDINE, "summary", "how-it-works", "key-facts")),
    ("methodone take homes", at(METHADONE, "when-can-i-take-doses-home", "where-given")),
    ("opvee prescription needed", at(NALMEFENE, "where-given", "summary", "cost")),
    ("od signs fent", at(NALOXONE, "how-do-i-know-someone-is-overdosing")),
    ("vivitrol after subs wait", at(NALTREXONE, "warnings", "getting-ready-to-start")),
    (
        "parents of addicts support group",
        at(FAMILIES, "groups-for-families") + at(FAMILY, "what-if-my-family-will-not-come"),
    ),
    (
        "samhsa hotline number",
        at(CARE, "call-or-text-for-help") + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "narcan on tranq",
        at(
            HARM,
            "xylazine-or-tranq",
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
        )
        + at(NALOXONE, "warnings"),
    ),
    (
        "fentanil test strips free",
        at(HARM, "fentanyl-and-xylazine-test-strips", "syringe-services-programs"),
    ),
    (
        "breastfeeding on subs",
        at(PREGNANCY, "breastfeeding-on-medication", "summary", "when-should-i-not-breastfeed"),
    ),
    ("cbt how many weeks", at(CBT, "key-facts")),
    (
        "gift cards for clean urine",
        at(CONTINGENCY, "summary", "approach") + at(COMMUNITY, "approach"),
    ),
    ("call 911 od get arrested", at(NALOXONE, "can-i-get-in-trouble-for-calling-911")),
    (
        "how many hours after my last bag does withdrawl start",
        at(EARLY, "when-does-withdrawal-start", "key-facts", "summary"),
    ),
    (
        "day 5 off dope when do i start feelin normal again",
        at(SUBSIDING, "summary", "key-facts") + at(POST_ACUTE, "feeling-better-takes-time"),
    ),
    (
        "what am i supposed to do once detox is over",
        at(SUBSIDING, "plan-what-comes-next", "care")
        + at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "i relasped after 2 months clean, did i ruin everything",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "does my family dr have the license to write suboxen",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    ("is it normal that lofexadine makes me dizzy", at(LOFEXIDINE, "side-effects", "warnings")),
    (
        "which is better opvee or narcan",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    (
        "he woke up after the narcon do we still need to call 911",
        at(NALOXONE, "warnings", "summary") + at(NALMEFENE, "warnings"),
    ),
    (
        "what happens if u use dope while on vivatrol",
        at(NALTREXONE, "how-it-works", "warnings", "getting-ready-to-start", "summary"),
    ),
    (
        "my son is shooting heroin what do i do",
        at(
            FAMILIES, "how-can-i-help-my-son-or-daughter", "how-to-help-someone-you-love", "summary"
        ),
    ),
    (
        "will my boss find out im getting dosed at the done clinic",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "how do i pay for rehab without insurence",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "is bupenorphine ok for a 16 year old",
        at(
            YOUNG,
            "which-medicine-is-used-for-teens",
            "medication-is-for-young-people-too",
            "summary",
        ),
    ),
    (
        "in cbt will i have to dig up stuff from when i was a kid",
        at(CBT, "do-i-have-to-talk-about-my-childhood"),
    ),
    (
        "what if i fail a drug test in the prize program",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    ("can my girlfriend come to my family therapy sessions", at(FAMILY, "who-can-take-part")),
    (
        "people at na say im not really clean cause im on suboxen",
        at(PEER, "finding-the-right-group")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "isnt methodone just trading one addiction for another",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another")
        + at(PEER, "finding-the-right-group"),
    ),
    (
        "whats the most effective treatment for heroin addiction",
        at(OVERVIEW, "summary", "medication-is-the-core-of-treatment") + at(METHADONE, "summary"),
    ),
    (
        "where do i even start to get help for a heroin problem",
        at(SUPPORT, "getting-care")
        + at(CARE, "summary", "call-or-text-for-help")
        + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "how do i stay safer if im not ready to quit using",
        at(SUPPORT, "staying-safer-if-you-use") + at(HARM, "summary"),
    ),
    (
        "is there a therapy that helps you get a job and hobbies so you dont go back to using",
        at(COMMUNITY, "summary", "approach", "making-recovery-worth-it"),
    ),
    (
        "my parents refuse to come to counseling with me",
        at(FAMILY, "what-if-my-family-will-not-come"),
    ),
    ("what does a counselor do in MI sessions", at(MOTIVATIONAL, "approach", "summary")),
    (
        "whats the difference between smart recovery and na meetings",
        at(PEER, "approach", "summary"),
    ),
    (
        "my boyfriend is on day 2 of kicking and cant stop throwing up and has the runs. how can "
        "i tell if hes getting dehydrated",
        at(PEAK, "getting-through-the-worst-days", "care", "when-to-get-help"),
    ),
    (
        "its been 6 weeks since i quit fent and i still cant sleep and feel really down. is this "
        "normal and will it go away",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time", "key-facts"),
    ),
    (
        "i took my first bupe this morning and now i feel way worse, sweating and puking. what "
        "do i do",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings"),
    ),
    (
        "my mom just started at the methodone clinic last week and she keeps nodding off. is "
        "that dangerous",
        at(METHADONE, "starting-methadone", "warnings"),
    ),
    (
        "i always use by myself in my car and theres nobody i can call. how do i not die",
        at(HARM, "what-if-i-have-no-one-to-be-with-me", "never-use-alone"),
    ),
    (
        "i gave my brother narcan and hes breathing again but he still wont wake up. they said "
        "it was cut with zylazine, what now",
        at(
            HARM,
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
            "xylazine-or-tranq",
        )
        + at(NALOXONE, "warnings"),
    ),
    (
        "im 5 months pregnent and still using dope. should i try to quit cold turkey for the baby",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "my daughter is 17 and just started treatment. am i allowed to see her records or will "
        "they keep it from me",
        at(YOUNG, "privacy-for-young-people") + at(CARE, "your-privacy"),
    ),
    (
        "honestly im not sure i even want to quit yet. is there any point in seeing a counselor",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary")
        + at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    (
        "my counselor mentioned something called CRA. what do you actually do in it and how long "
        "does it go",
        at(COMMUNITY, "approach", "summary", "key-facts"),
    ),
]


# Written at the same time, by family, friends and people supporting someone (a grandmother
# raising grandchildren, a boss, a youth pastor, a coach), and measured once before any change:
# 43 of 50 (86 %).
UNSEEN_16 = [
    (
        "im 68 and raising my grandkids because their mom is on heroin. she still visits and "
        "stays over sometimes. should i have that narcan stuff in the house and where do i even "
        "get it",
        at(FAMILIES, "keep-naloxone-at-home")
        + at(HARM, "where-can-i-get-naloxone", "who-should-carry-naloxone"),
    ),
    (
        "my son od'd last month and they brought him back with narcan but the ER doc said it can "
        "wear off?? how long does it actually last",
        at(NALOXONE, "warnings", "summary") + at(NALMEFENE, "nalmefene-or-naloxone"),
    ),
    (
        "everyone at church keeps telling me to let him lose everything so hell finally want "
        "help. is that true",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    (
        "husband relapsed after 8 months clean. does that mean all of it was for nothing",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "found what i think is fentanyl in my brothers car. how do i bring it up without him "
        "blowing up at me",
        at(
            FAMILIES,
            "how-to-help-someone-you-love",
            "craft-a-way-to-help-a-loved-one-into-treatment",
        ),
    ),
    (
        "my 15 year old is hooked on pills. can a kid that young even get suboxen or is that "
        "only for grown ups",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
            "summary",
        ),
    ),
    (
        "if my 16 yr old daughter goes into treatment will they tell me what shes saying or is "
        "it all private",
        at(YOUNG, "privacy-for-young-people") + at(CARE, "your-privacy"),
    ),
    (
        "my roommate uses in his room. how can i tell if hes overdosing or just really passed out",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing"),
    ),
    (
        "What do I do step by step if my best friend won't wake up and her lips are turning blue?",
        at(NALOXONE, "be-ready-to-save-a-life", "how-do-i-know-someone-is-overdosing")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "will i get arrested if i call 911 when my cousin ods at my place? theres stuff all over "
        "the table",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "she started breathing again after the spray but shes totally out cold. is that the "
        "tranq? what do i do while we wait for the ambulance",
        at(
            HARM,
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
            "xylazine-or-tranq",
        )
        + at(NALOXONE, "warnings"),
    ),
    (
        "I manage a warehouse and one of my guys is in rehabb. Can I call his program to make "
        "sure he's actually going?",
        at(CARE, "your-privacy", "will-my-employer-find-out"),
    ),
    (
        "youth pastor here. a mom in my church asked where to even start looking for a program "
        "for her son, what do i tell her",
        at(CARE, "finding-treatment-near-you", "call-or-text-for-help", "summary")
        + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "im a high school coach. a parent thinks pills her kid got from a teammate are no big "
        "deal compared to heroin. are they dangerous",
        at(YOUNG, "privacy-for-young-people"),
    ),
    (
        "is there a group for parents of addicts? i cant talk to anyone i know about this",
        at(FAMILIES, "groups-for-families") + at(FAMILY, "what-if-my-family-will-not-come"),
    ),
    (
        "i havent slept in weeks worrying about my son and im falling apart at work. how do i "
        "take care of me",
        at(FAMILIES, "looking-after-yourself", "groups-for-families"),
    ),
    (
        "what is craft and does it really get people into treatment",
        at(FAMILIES, "craft-a-way-to-help-a-loved-one-into-treatment"),
    ),
    (
        "how do i find someone who teaches craft to families",
        at(FAMILIES, "where-can-i-learn-craft"),
    ),
    (
        "my daughter is on methodone now and my husband says shes still an addict just on a "
        "legal drug. and honestly i kind of agree with him",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another")
        + at(METHADONE, "how-it-works"),
    ),
    (
        "people at her NA meeting told her suboxone isnt real recovery and shes thinking of "
        "quitting it. who is right",
        at(PEER, "finding-the-right-group")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "how much does a methadone clinic cost, does medicaid pay",
        at(METHADONE, "cost") + at(CARE, "paying-for-treatment"),
    ),
    (
        "my brother lost his job and has no insurance. can he still get into rehabb anywhere or "
        "is he out of luck",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "my daughter is 4 months pregnant and using heroin. she wants to quit cold turkey for "
        "the baby, is that safe??",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "girlfriend is pregnant and on suboxone. will our baby be born addicted",
        at(PREGNANCY, "after-your-baby-is-born", "is-buprenorphine-safe-when-i-am-pregnant")
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "can my daughter nurse her baby while shes on methadone",
        at(PREGNANCY, "breastfeeding-on-medication"),
    ),
    (
        "how long after his last hit does the withdrawl kick in? he says hes quitting tonight",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    ("which days of detox are the worst", at(PEAK, "summary", "key-facts")),
    (
        "hes been throwing up and has diarrhea for 2 days coming off, cant keep anything down. "
        "when do i take him to the ER",
        at(PEAK, "when-to-get-help", "getting-through-the-worst-days")
        + at(EARLY, "when-to-get-help")
        + at(SUBSIDING, "when-to-get-help")
        + at(POST_ACUTE, "when-to-get-help"),
    ),
    (
        "my son finished detox over a week ago but hes still so down and cant sleep. is that "
        "normal and how long will it go on",
        at(POST_ACUTE, "summary", "feeling-better-takes-time", "signs", "key-facts"),
    ),
    (
        "he just got out of jail after 6 months clean. why does everyone keep saying this is "
        "when hes most likely to die",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "is a 5 day detox enough or does he need something after",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure") + at(SUBSIDING, "plan-what-comes-next"),
    ),
    (
        "my husband started methadone 3 days ago and hes nodding off way more than when he was "
        "using. should i be scared",
        at(METHADONE, "starting-methadone", "warnings"),
    ),
    (
        "he still takes xanax, is that ok with methodone",
        at(METHADONE, "starting-methadone", "warnings"),
    ),
    (
        "is my wife going to be on methadone forever",
        at(METHADONE, "how-long-will-i-need-to-take-methadone")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "he took his first suboxen strip and got way sicker right away, like worse withdrawl "
        "than before. what happened",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine"),
    ),
    (
        "can her regular family doctor write the perscription for suboxone or does she need some "
        "special clinic",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    ("what does vivitrol actually do to you", at(NALTREXONE, "how-it-works", "summary")),
    (
        "My boyfriend skipped his vivatrol shot this month and I'm terrified he'll use. Is it "
        "more dangerous now than before he was on it?",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    (
        "the detox gave my mom lucemyra. isnt that just another opioid",
        at(LOFEXIDINE, "summary", "how-it-works"),
    ),
    (
        "pharmacist mentioned opvee instead of narcan, whats the difference",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    (
        "our whole house is screaming at each other over my sons using. would seeing a counselor "
        "all together actually help",
        at(FAMILY, "summary", "approach", "evidence"),
    ),
    (
        "his counselor wants him to do cbt. what does that even involve",
        at(CBT, "approach", "summary", "what-a-session-is-like"),
    ),
    (
        "the clinic gives my son gift cards for clean urine tests?? so were paying him not to "
        "use now. does that really work",
        at(CONTINGENCY, "summary", "evidence", "why-rewards-help", "approach"),
    ),
    (
        "my brother says hes not even sure he wants to quit. is there any kind of counseling for "
        "someone who isnt ready yet",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary")
        + at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    ("what does a peer recovery coach do", at(PEER, "approach")),
    (
        "counselor said they'd help him build a life he enjoys without drugs, jobs hobbies "
        "friends etc. what kind of therapy is that",
        at(COMMUNITY, "summary", "approach"),
    ),
    (
        "the methadone clinic told my 17 yr old he has to fail treatment twice before they take "
        "him. is that still a rule",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
    (
        "he just swallows his suboxone strips, does that matter",
        at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue"),
    ),
    (
        "narcan without perscription?",
        at(NALOXONE, "where-given", "summary", "which-naloxone-should-i-buy")
        + at(FAMILIES, "keep-naloxone-at-home")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    ("does methodone make you constipated", at(METHADONE, "side-effects")),
]


# Written after the changes made for the fifteenth and sixteenth sets, by people close to someone
# who uses (parents, partners, an ex, adult children, a manager), about every page, and measured
# once before any change: 45 of 50 (90 %).
UNSEEN_17 = [
    (
        "My husband's methadone clinic wants him to have an ECG. Why would they be checking his "
        "heart?",
        at(METHADONE, "warnings"),
    ),
    (
        "my girlfriend leaves her take home methadone on the kitchen counter and we have a 3 yr "
        "old. how worried should i be",
        at(METHADONE, "warnings", "when-can-i-take-doses-home"),
    ),
    (
        "Is it safe for my dad to just quit his methadone on his own? He says he's sick of the "
        "clinic after 6 years.",
        at(METHADONE, "warnings", "how-long-will-i-need-to-take-methadone"),
    ),
    (
        "my ex wants to keep a few days of methadone at his place for weekends with the kids. is "
        "the clinic even allowed to do that this early",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "my son started suboxone last week and keeps complaining hes constipated and has "
        "headaches, is that normal",
        at(BUPRENORPHINE, "side-effects"),
    ),
    (
        "brother took his first suboxen like 4 hrs after using fent and now hes way sicker, "
        "puking and sweating. what do we do??",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings"),
    ),
    (
        "Does my son need some special clinic for Suboxone, or can the family GP he has seen for "
        "years write it for him?",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "my ex was on suboxone and now wants the vivitrol shot. how long does she have to wait "
        "before she can get it",
        at(NALTREXONE, "getting-ready-to-start", "warnings"),
    ),
    ("wife vivitrol addictive?", at(NALTREXONE, "summary", "key-facts")),
    (
        "roomate is on lucemyra for detox and nearly passes out every time he stands up",
        at(LOFEXIDINE, "side-effects", "warnings"),
    ),
    (
        "How can I tell if my neighbour is just passed out drunk or actually overdosing? Found "
        "him slumped on his porch.",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing"),
    ),
    (
        "sprayed narcan in my sisters nose and shes still barely breathing how long do i wait "
        "before the 2nd one",
        at(NALOXONE, "be-ready-to-save-a-life", "key-facts")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "my boyfriend came to after the narcan and says hes fine and doesnt want an ambulance. "
        "do we still have to call",
        at(NALOXONE, "warnings", "summary"),
    ),
    (
        "scared if i call 911 when my friend ods we both get arrested",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "What's the difference between Opvee and regular Narcan? The pharmacist mentioned both "
        "for my son.",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    (
        "narcan prescription? (for grandson)",
        at(NALOXONE, "where-given", "summary", "cost")
        + at(FAMILIES, "keep-naloxone-at-home")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "how long after his last hit of heroin before my son starts getting sick",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    (
        "day 2 of my bf detoxing at home, he cant stop throwing up and has diarrhea. what are "
        "the signs hes getting too dehydrated",
        at(PEAK, "getting-through-the-worst-days", "care"),
    ),
    (
        "its been 2 months since my wife got clean and she still cant sleep and seems so down. "
        "is this still withdrawl",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time", "key-facts"),
    ),
    ("nurse said my brothers cows was 18??", at(EARLY, "what-is-the-cows-score")),
    (
        "my sister used again after 6 months clean and honestly i feel like everything we did "
        "was for nothing",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "My son just did a 5 day detox and they discharged him saying he's done. Is that really "
        "it??",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure") + at(SUBSIDING, "plan-what-comes-next"),
    ),
    (
        "My son's counselor wants him to start CBT. What actually happens in the sessions, and "
        "how many weeks does it go on?",
        at(CBT, "approach", "what-a-session-is-like", "key-facts", "summary"),
    ),
    (
        "my husbands program hands out gift cards for clean urine tests. sounds like bribery to "
        "me, does that even work",
        at(CONTINGENCY, "evidence", "why-rewards-help", "summary"),
    ),
    (
        "My wife won't admit she has a problem. Is there any kind of counseling for someone who "
        "isn't ready to quit?",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary", "approach")
        + at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    (
        "our daughters therapist wants the whole family to come in. what would we even be doing "
        "in there",
        at(FAMILY, "approach", "summary"),
    ),
    (
        "a man at our church says his counselor is helping him find work and hobbies instead of "
        "just talking about drugs. what kind of treatment is that",
        at(COMMUNITY, "approach", "summary", "making-recovery-worth-it"),
    ),
    (
        "guys at my brothers NA meeting told him hes not really clean cause hes on suboxone. are "
        "they right",
        at(PEER, "finding-the-right-group")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "my coworker uses, is it weird if i keep narcan in my desk",
        at(HARM, "who-should-carry-naloxone"),
    ),
    (
        "my brother uses alone in his apartment and i live 3 hrs away. is there anything that "
        "can keep him safer",
        at(HARM, "what-if-i-have-no-one-to-be-with-me", "never-use-alone"),
    ),
    (
        "thinking of getting fentanyl test strips for my son. do they actually work or is it a "
        "false sense of security",
        at(HARM, "fentanyl-and-xylazine-test-strips"),
    ),
    (
        "my friend has these awful open sores on her legs and people keep saying its from tranq. "
        "what is that stuff",
        at(HARM, "xylazine-or-tranq"),
    ),
    (
        "my stepdaughter shares needles. where can she get clean ones and get checked for hep c",
        at(HARM, "syringe-services-programs", "testing-for-hiv-and-hepatitis-c"),
    ),
    (
        "my granddaughter is 3 months pregnant and wants to quit cold turkey for the baby. is "
        "that safe",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "my sister had her baby and hes shaky and crying nonstop, nurses say its from her "
        "suboxone. will he be ok??",
        at(PREGNANCY, "after-your-baby-is-born", "what-helps-a-baby-with-withdrawal-signs")
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "can my daughter in law breastfeed while shes on methadone",
        at(PREGNANCY, "breastfeeding-on-medication", "when-should-i-not-breastfeed", "summary"),
    ),
    (
        "I coach high school track. One of my runners told me her doctor wants her on "
        "buprenorphine. Is that even something they give teenagers?",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
            "summary",
        )
        + at(SUPPORT, "teens-and-young-adults"),
    ),
    (
        "the methadone program told us our 16yo has to try two other treatments before theyll "
        "take her. is that still a rule",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
    (
        "can i see my 17 year olds treatment records or not? the program wont tell me ANYTHING "
        "and im the one paying",
        at(YOUNG, "privacy-for-young-people") + at(CARE, "your-privacy"),
    ),
    (
        "we lost our coverage when i got laid off. how do we pay for my sons treatment now",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "Does Medicaid cover my husband's Suboxone?",
        at(BUPRENORPHINE, "cost") + at(CARE, "paying-for-treatment"),
    ),
    (
        "One of my employees told me he is on methadone. As his manager, can I get information "
        "from his clinic about his treatment?",
        at(CARE, "your-privacy", "will-my-employer-find-out"),
    ),
    (
        "one of my students told me her mom is using and wants help. where do they even start "
        "looking for treatment",
        at(CARE, "finding-treatment-near-you", "call-or-text-for-help", "summary")
        + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "my dad is deaf and cant do phone calls. how can he get connected to treatment help",
        at(CARE, "can-i-reach-the-helpline-without-talking-on-the-phone"),
    ),
    (
        "My husband says we should cut our daughter off and let her lose everything so she'll "
        "finally want help. Is he right?",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    (
        "i keep yelling at my son about the drugs and it just makes everything worse. how am i "
        "supposed to talk to him",
        at(FAMILIES, "how-to-help-someone-you-love"),
    ),
    (
        "a counselor told me about CRAFT for parents. what is it and how do i sign up",
        at(FAMILIES, "craft-a-way-to-help-a-loved-one-into-treatment", "where-can-i-learn-craft"),
    ),
    (
        "are there support groups for wives of addicts? i feel so alone in this",
        at(FAMILIES, "groups-for-families"),
    ),
    (
        "I'm exhausted from worrying about my daughter every night. Can't sleep, snapping at "
        "everyone at work. How do I cope?",
        at(FAMILIES, "looking-after-yourself", "groups-for-families"),
    ),
    (
        "my 16 yr old swears the pills he gets from friends are real percs not fentanyl. should "
        "i keep narcan in the house anyway",
        at(YOUNG, "privacy-for-young-people")
        + at(FAMILIES, "keep-naloxone-at-home", "how-can-i-help-my-son-or-daughter")
        + at(HARM, "who-should-carry-naloxone"),
    ),
]


# Written at the same time, as an independent tester would from the issue's brief (the most
# common real questions on each topic), and measured once before any change: 47 of 50 (94 %).
UNSEEN_18 = [
    ("does suboxone make you constipated", at(BUPRENORPHINE, "side-effects")),
    (
        "is it normal to feel really sleepy on methadon the first week",
        at(METHADONE, "starting-methadone", "warnings", "side-effects"),
    ),
    (
        "how many years do people usually stay on methadone",
        at(METHADONE, "how-long-will-i-need-to-take-methadone")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "how long after my last bag of dope can i take a sub",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings") + at(EARLY, "care"),
    ),
    (
        "took suboxon too soon after fent and now im way sicker, help",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine"),
    ),
    ("can i drink beer while on methadone", at(METHADONE, "warnings", "starting-methadone")),
    ("is it dangerous to take xanax with bupenorphine", at(BUPRENORPHINE, "warnings")),
    ("does insurence cover the vivitrol shot", at(NALTREXONE, "cost")),
    (
        "can my family doctor write a perscription for suboxone",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "can i get subs online through a video appointment",
        at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth")
        + at(BUPRENORPHINE, "where-given", "can-my-regular-doctor-prescribe-it"),
    ),
    (
        "how can i tell if my husband is overdoseing",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing"),
    ),
    (
        "my friend wont wake up and his lips are blue what do i do",
        at(NALOXONE, "be-ready-to-save-a-life", "how-do-i-know-someone-is-overdosing")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "does narcan work on tranq",
        at(
            HARM,
            "xylazine-or-tranq",
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
        )
        + at(NALOXONE, "warnings"),
    ),
    ("what is zylazine and why is it in the fentanil", at(HARM, "xylazine-or-tranq")),
    (
        "where can i get fentanyl test strips for free",
        at(HARM, "fentanyl-and-xylazine-test-strips", "syringe-services-programs"),
    ),
    (
        "how many days does being dope sick last",
        at(SUBSIDING, "summary", "key-facts") + at(PEAK, "summary"),
    ),
    (
        "how soon after using do withdrawl symptoms kick in",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    (
        "how long do methadone withdrawals last compared to heroin",
        at(SUBSIDING, "key-facts") + at(PEAK, "key-facts"),
    ),
    (
        "what helps with diarrhea and throwing up when coming off opiates",
        at(LOFEXIDINE, "part-of-a-bigger-plan")
        + at(PEAK, "care", "getting-through-the-worst-days"),
    ),
    (
        "cant sleep and feel depressed a month after quitting, is that normal",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time", "key-facts"),
    ),
    ("is lucemyra a opiod", at(LOFEXIDINE, "summary", "how-it-works", "key-facts")),
    ("lofexadine making me dizzy when i stand up", at(LOFEXIDINE, "side-effects", "warnings")),
    ("how many days can you take lucemyra", at(LOFEXIDINE, "key-facts", "summary")),
    ("does cbt acually work for opioid addiction", at(CBT, "evidence")),
    ("how many weeks does cbt therapy usually take", at(CBT, "key-facts")),
    (
        "will i get kicked out of the prize program for a dirty urine",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "will people at na meetings judge me for being on suboxone",
        at(PEER, "finding-the-right-group"),
    ),
    (
        "im not sure i even want to quit, is motivational interviewing for me",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary", "approach"),
    ),
    (
        "can i breastfeed while on methadon",
        at(PREGNANCY, "breastfeeding-on-medication", "summary") + at(METHADONE, "pregnancy"),
    ),
    (
        "is suboxone safe when pregnent",
        at(
            PREGNANCY,
            "is-buprenorphine-safe-when-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "will my baby be born addicted if im on subs",
        at(PREGNANCY, "after-your-baby-is-born", "what-helps-a-baby-with-withdrawal-signs")
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "can my 16 year old son get on suboxone",
        at(
            YOUNG,
            "which-medicine-is-used-for-teens",
            "medication-is-for-young-people-too",
            "summary",
        ),
    ),
    (
        "my daughter is 17, does she have to try rehab twice before methadone",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
    (
        "im 17 will my parents be able to see my rehab records",
        at(YOUNG, "privacy-for-young-people"),
    ),
    (
        "how do i get my son to agree to go to rehab",
        at(
            FAMILIES,
            "craft-a-way-to-help-a-loved-one-into-treatment",
            "how-to-help-someone-you-love",
            "how-can-i-help-my-son-or-daughter",
        ),
    ),
    ("support groups for parents of a heroin addict", at(FAMILIES, "groups-for-families")),
    (
        "will my boss find out im on methadone",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "how do i find a methadone clinic near me",
        at(CARE, "finding-treatment-near-you", "call-or-text-for-help")
        + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "no insurence, can i still get into treatment",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "whats the samhsa helpline number",
        at(CARE, "call-or-text-for-help") + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "my girlfriend says she wants to kill herself who do i call",
        at(CARE, "what-if-i-am-thinking-about-suicide"),
    ),
    (
        "do you need a perscription to buy narcan",
        at(NALOXONE, "where-given", "summary", "cost", "which-naloxone-should-i-buy")
        + at(FAMILIES, "keep-naloxone-at-home")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    ("kloxxado vs narcan whats the difference", at(NALOXONE, "which-naloxone-should-i-buy")),
    (
        "does opvee last longer than naloxon",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary", "how-it-works")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    (
        "can i get arrested for calling 911 when my friend ods",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "how long after stopping methadone before i can start vivatrol",
        at(NALTREXONE, "getting-ready-to-start", "warnings"),
    ),
    ("does suboxone rot your teeth", at(BUPRENORPHINE, "warnings")),
    (
        "when do you get take homes at a methadon clinic",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "i relapsed after 3 months clean, did i ruin everything",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "how often do you get the sublocade or brixadi shot",
        at(BUPRENORPHINE, "key-facts", "summary"),
    ),
]


# Written after the changes made for the seventeenth and eighteenth sets, by 50 people with one
# real worry each, about details on every page (doses, timing, interactions, what goes wrong), and
# measured once before any change: 41 of 50 (82 %).
UNSEEN_19 = [
    (
        "how many hours after my last bag of dope can i take my first suboxone",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine")
        + at(EARLY, "when-does-withdrawal-start", "care"),
    ),
    (
        "took a sub to early after fent and now im soo sick what do i do",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings"),
    ),
    (
        "my wife takes ambien to sleep, is that ok with her sublocade shots",
        at(BUPRENORPHINE, "warnings"),
    ),
    (
        "my husbands teeth are going bad, could it be his suboxone strips",
        at(BUPRENORPHINE, "warnings"),
    ),
    (
        "i swallowed my zubsolv tablet by mistake, did it still work",
        at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue"),
    ),
    (
        "how long before the done clinic gives me take homes",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "day 4 on methadone and i feel realy drowsy, is my dose to high",
        at(METHADONE, "starting-methadone", "warnings", "side-effects"),
    ),
    (
        "my husband is on methadose and drinks beer every night, is that dangerous",
        at(METHADONE, "starting-methadone", "warnings"),
    ),
    ("why does my girlfriends methadone clinic want her to get an ekg", at(METHADONE, "warnings")),
    (
        "my mom has been on methodone 8 years, should she be tapering off by now",
        at(METHADONE, "how-long-will-i-need-to-take-methadone")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "gave my friend narcan, he woke up then nodded back out 40 min later, what now",
        at(NALOXONE, "warnings", "summary", "be-ready-to-save-a-life")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "my roomate is passed out with blue lips and gurgling, i have kloxxado, do i use it",
        at(
            NALOXONE,
            "how-do-i-know-someone-is-overdosing",
            "be-ready-to-save-a-life",
            "which-naloxone-should-i-buy",
        )
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "will the cops charge me if i report my friends overdose",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "the rivive spray i keep for my son is 2 yrs old, does it expire",
        at(NALOXONE, "be-ready-to-save-a-life"),
    ),
    (
        "is opvee better then narcan for fentanyl overdoses",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    (
        "how long after my last sub do i wait before the vivatrol shot",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    (
        "my son missed his vivitrol shot, is he at more risk of overdosing now",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    (
        "hard painfull lump where they gave me the naltrexone injecton",
        at(NALTREXONE, "warnings", "side-effects"),
    ),
    ("can my dad drink while hes taking lucemyra", at(LOFEXIDINE, "warnings")),
    ("is there a cheeper generic of lucemyra for my brother", at(LOFEXIDINE, "cost")),
    (
        "what can i take for the diarrea when im kicking",
        at(LOFEXIDINE, "part-of-a-bigger-plan") + at(PEAK, "care"),
    ),
    (
        "yawning and runny nose 10 hours after my last shot, is withdrawl starting",
        at(EARLY, "signs", "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    ("nurse said my son scored 15 on the cows, is that bad", at(EARLY, "what-is-the-cows-score")),
    (
        "my son is dope sick and cant stop puking, how do i tell if hes dehydrated",
        at(PEAK, "getting-through-the-worst-days", "care"),
    ),
    (
        "day 6 off dope, still wiped out and not hungry, when does this end",
        at(SUBSIDING, "summary", "signs", "key-facts"),
    ),
    (
        "my boyfreind finishes detox friday, what should happen after that",
        at(SUBSIDING, "plan-what-comes-next", "care")
        + at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "3 months clean and still cant sleep and feel down, is that normal",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time", "key-facts"),
    ),
    (
        "relapsed after 6 weeks clean, did i ruin everything",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "methadone clinic intake tomorow, do i need my id or insurence card",
        at(CARE, "what-should-i-bring-to-my-first-visit"),
    ),
    (
        "will my boss know im on suboxone if i go to a clinic",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "my deaf uncle wants help, can he text the samhsa line instead of calling",
        at(CARE, "can-i-reach-the-helpline-without-talking-on-the-phone"),
    ),
    (
        "does medicaid cover methadone for my sister",
        at(CARE, "paying-for-treatment") + at(METHADONE, "cost"),
    ),
    (
        "can i get subs thru a video doctor visit",
        at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth")
        + at(BUPRENORPHINE, "where-given", "can-my-regular-doctor-prescribe-it"),
    ),
    (
        "how do fent strips work, do i mix the dope with water",
        at(HARM, "fentanyl-and-xylazine-test-strips"),
    ),
    (
        "narcan brought her breathing back but she still wont wake up, could it be tranq",
        at(
            HARM,
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
            "xylazine-or-tranq",
        )
        + at(NALOXONE, "warnings"),
    ),
    (
        "i use by myself at night, is there a number that sends help if i stop answering",
        at(HARM, "what-if-i-have-no-one-to-be-with-me"),
    ),
    (
        "is it safe to nurse my baby if im taking subutex",
        at(PREGNANCY, "breastfeeding-on-medication", "summary", "when-should-i-not-breastfeed"),
    ),
    (
        "my daughter is 5 months pregnent and wants to quit heroin cold turkey",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "my grandson was born shaky and crying alot, his mom was on methadone",
        at(PREGNANCY, "after-your-baby-is-born", "what-helps-a-baby-with-withdrawal-signs")
        + at(METHADONE, "pregnancy"),
    ),
    (
        "my 16 yr old is hooked on blues, can a doctor put him on suboxone",
        at(
            YOUNG,
            "which-medicine-is-used-for-teens",
            "medication-is-for-young-people-too",
            "summary",
        )
        + at(SUPPORT, "teens-and-young-adults"),
    ),
    (
        "should i just cut my son off till hes desprate enough to get help",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom", "how-to-help-someone-you-love"),
    ),
    (
        "are there suport groups for parents whose kids are on heroin",
        at(FAMILIES, "groups-for-families"),
    ),
    (
        "is there a program that teaches families how to get someone into rehab",
        at(FAMILIES, "craft-a-way-to-help-a-loved-one-into-treatment", "where-can-i-learn-craft"),
    ),
    (
        "my brother still does percs and fent and wont stop, how can he lower his risk of dying",
        at(HARM, "summary") + at(SUPPORT, "staying-safer-if-you-use"),
    ),
    ("how many weeks of cbt sessions for opiate adiction", at(CBT, "key-facts", "summary")),
    (
        "counseling that helps me find a job and hobbies so i dont go back to using",
        at(COMMUNITY, "approach", "summary"),
    ),
    (
        "my program gives gift cards for clean urine, what if i come up dirty one week, do i get "
        "kicked out",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "my parents wont show up to the family sessions my counselor set up",
        at(FAMILY, "what-if-my-family-will-not-come"),
    ),
    (
        "not sure i even want to quit yet, is there counseling for people like me",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary"),
    ),
    (
        "people at my na meeting say im not really clean cause im on methadone",
        at(PEER, "finding-the-right-group")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
]


# Written at the same time, by people in the middle of a hard moment at night (in withdrawal,
# just used again, a friend overdosing, needles found), and measured once before any change: 45
# of 50 (90 %).
UNSEEN_20 = [
    (
        "my friend is turning blue n wont wake up i think it was fent what do i do rn",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing", "be-ready-to-save-a-life")
        + at(HARM, "naloxone-for-friends-and-family")
        + at(NALMEFENE, "nalmefene-or-naloxone"),
    ),
    (
        "gave him narcan hes breathing again but still wont open his eyes, dope had tranq in it "
        "i think",
        at(
            HARM,
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
            "xylazine-or-tranq",
        )
        + at(NALOXONE, "warnings"),
    ),
    (
        "sprayed the narcan like 3 min ago and shes still barely breathing do i give the 2nd one",
        at(HARM, "naloxone-for-friends-and-family")
        + at(NALOXONE, "be-ready-to-save-a-life", "key-facts")
        + at(NALMEFENE, "nalmefene-or-naloxone"),
    ),
    (
        "he came to after narcan and says hes fine, doesnt want the ambulance. can i just let "
        "him sleep it off",
        at(NALOXONE, "warnings", "summary") + at(NALMEFENE, "warnings"),
    ),
    (
        "everyone here has stuff on them if we call 911 for my friend are we all getting arrested",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "i dont want to be alive anymore i keep relapsing",
        at(CARE, "what-if-i-am-thinking-about-suicide") + at(POST_ACUTE, "when-to-get-help"),
    ),
    (
        "day 2 kicking cold turkey cant stop thinking about killing myself",
        at(PEAK, "when-to-get-help")
        + at(EARLY, "when-to-get-help")
        + at(CARE, "what-if-i-am-thinking-about-suicide"),
    ),
    (
        "last bag was 8 hrs ago when can i take my first sub",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings"),
    ),
    (
        "took a bupe too soon after fent and now im way sicker than before wtf do i do",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine"),
    ),
    (
        "so nauseous and the runs wont stop day 2 how do i keep from getting dehydrated",
        at(PEAK, "care", "getting-through-the-worst-days", "when-to-get-help"),
    ),
    ("nurse said my cows is 14 what does that even mean", at(EARLY, "what-is-the-cows-score")),
    (
        "3 weeks clean but i cant sleep and im so depressed is this gonna last forever",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time", "key-facts"),
    ),
    (
        "used again last night after 2 months. wasted all that time?",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "day 5 finally feeling less sick what now so i dont end up back on dope",
        at(SUBSIDING, "plan-what-comes-next", "care", "summary")
        + at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "4 days off it thinking of doing one last shot my usual amount",
        at(SUBSIDING, "plan-what-comes-next")
        + at(PEAK, "getting-through-the-worst-days", "when-to-get-help", "summary")
        + at(OVERVIEW, "detox-is-a-first-step-not-a-cure")
        + at(EARLY, "when-to-get-help"),
    ),
    (
        "does lucemyra actually help with kicking or is it a waste",
        at(
            LOFEXIDINE,
            "how-it-works",
            "summary",
            "will-lofexidine-stop-all-my-symptoms",
            "part-of-a-bigger-plan",
        ),
    ),
    (
        "on lofexidine and almost blacked out when i stood up",
        at(LOFEXIDINE, "warnings", "side-effects"),
    ),
    (
        "first week on done and im nodding out hard at work is that normal",
        at(METHADONE, "starting-methadone", "warnings", "side-effects"),
    ),
    (
        "can i still take my xanax now that im on methadone",
        at(METHADONE, "warnings", "starting-methadone"),
    ),
    (
        "honestly ashamed to be on methadone, isnt it just trading one addiction for another",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another")
        + at(METHADONE, "how-it-works"),
    ),
    (
        "been on the done 6 yrs i want off how do i get off it without being sick",
        at(METHADONE, "how-long-will-i-need-to-take-methadone", "warnings"),
    ),
    (
        "my toddler gets into everything where do i keep my take homes",
        at(METHADONE, "warnings", "when-can-i-take-doses-home"),
    ),
    (
        "does my family doctor do suboxone or is it only special clinics",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    ("want to stop my subs can i just quit them", at(BUPRENORPHINE, "warnings")),
    (
        "my clinic closed out of nowhere and i only got 1 strip left where do i go",
        at(
            CARE,
            "buprenorphine-from-a-doctor-or-by-telehealth",
            "finding-treatment-near-you",
            "call-or-text-for-help",
            "your-privacy",
        )
        + at(BUPRENORPHINE, "where-given"),
    ),
    (
        "starting vivitrol been on subs how long do i gotta wait",
        at(NALTREXONE, "getting-ready-to-start", "warnings"),
    ),
    (
        "if i use while im on the vivitrol shot will i even feel it",
        at(NALTREXONE, "how-it-works", "summary", "warnings", "getting-ready-to-start"),
    ),
    (
        "missed my vivitrol shot last month is it safe to use my old amount",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    (
        "opvee or narcan which one should i keep",
        at(NALMEFENE, "nalmefene-or-naloxone") + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    ("do fent strips catch everything", at(HARM, "fentanyl-and-xylazine-test-strips")),
    (
        "i always use alone in my car is there anyone who can like watch out for me",
        at(HARM, "what-if-i-have-no-one-to-be-with-me", "never-use-alone"),
    ),
    (
        "shared a rig with my bf last week should i get tested",
        at(HARM, "testing-for-hiv-and-hepatitis-c"),
    ),
    (
        "8 weeks pregnant still using should i quit cold turkey for the baby",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "will my baby come out addicted cause im on subs",
        at(PREGNANCY, "after-your-baby-is-born", "what-helps-a-baby-with-withdrawal-signs")
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "ok to nurse my newborn while im on done?",
        at(PREGNANCY, "breastfeeding-on-medication", "when-should-i-not-breastfeed", "summary"),
    ),
    (
        "just found needles and a burnt spoon in my sons room what do i do",
        at(
            FAMILIES,
            "how-can-i-help-my-son-or-daughter",
            "how-to-help-someone-you-love",
            "keep-naloxone-at-home",
            "summary",
        ),
    ),
    (
        "do i cut my daughter off til shes ready to get clean on her own",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    (
        "husband refuses rehab how do i get him to go",
        at(
            FAMILIES,
            "craft-a-way-to-help-a-loved-one-into-treatment",
            "where-can-i-learn-craft",
            "how-to-help-someone-you-love",
        ),
    ),
    (
        "im 16 and been taking pressed percs i cant tell my parents. can i get help without them "
        "finding out",
        at(YOUNG, "privacy-for-young-people") + at(CARE, "your-privacy"),
    ),
    (
        "can a 17 yr old even get on suboxone",
        at(
            YOUNG,
            "which-medicine-is-used-for-teens",
            "medication-is-for-young-people-too",
            "summary",
        ),
    ),
    (
        "methadone place turned my 16 yo away said he needs 2 failed rehabs first is that legit",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
    (
        "no insurance no money no job how am i supposed to get treatment",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "cant talk on phone roommates will hear, can i text for help finding rehab",
        at(CARE, "can-i-reach-the-helpline-without-talking-on-the-phone"),
    ),
    (
        "therapist wants me to do cbt is it gonna be digging up my whole past",
        at(CBT, "do-i-have-to-talk-about-my-childhood", "summary", "approach"),
    ),
    (
        "dropped dirty at my rewards program am i out",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "not sure i even want to quit yet is a counselor pointless",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary", "approach"),
    ),
    ("guys at NA say im not really clean cause im on bupe", at(PEER, "finding-the-right-group")),
    ("my mom wont come to family sessions with me", at(FAMILY, "what-if-my-family-will-not-come")),
    (
        "sober and bored out of my mind nothing to do but use. therapy for that?",
        at(COMMUNITY, "summary", "making-recovery-worth-it", "approach"),
    ),
    (
        "my dad says im just weak and could stop if i wanted",
        at(OVERVIEW, "opioid-addiction-is-a-medical-condition"),
    ),
]


# Written after the changes made for the nineteenth and twentieth sets, as the issue's brief asks,
# in the mix of askers and topics real visitors would have, and measured once before any change:
# 47 of 50 (94 %).
UNSEEN_21 = [
    (
        "how many hours after my last shot of dope does the sickness kick in",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    (
        "my boyfriend is on day 2 of kicking and cant keep water down when should we go to the er",
        at(PEAK, "when-to-get-help", "getting-through-the-worst-days")
        + at(EARLY, "when-to-get-help")
        + at(SUBSIDING, "when-to-get-help")
        + at(POST_ACUTE, "when-to-get-help"),
    ),
    ("my girlfriend is dopesick what day is the worst", at(PEAK, "summary", "key-facts")),
    (
        "2 months off heroin and still cant sleep and feel depresed, is that normal",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    (
        "is coming off methadon longer than coming off heroin",
        at(SUBSIDING, "key-facts") + at(PEAK, "key-facts") + at(EARLY, "summary"),
    ),
    ("nurse said my cows was 14 what does that mean", at(EARLY, "what-is-the-cows-score")),
    (
        "yawning nonstop, runny nose and sweats 10 hrs after my last bag",
        at(EARLY, "signs", "summary", "when-does-withdrawal-start"),
    ),
    (
        "relasped after 3 weeks clean do i have to start all over",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "is going to detox enough or do i need more treatment after",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure", "summary")
        + at(SUBSIDING, "plan-what-comes-next"),
    ),
    (
        "my son just got out of jail, is it more dangerous for him to use now",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure")
        + at(PEAK, "getting-through-the-worst-days")
        + at(SUBSIDING, "plan-what-comes-next"),
    ),
    (
        "does lucemyra work for opiate withdrawl",
        at(LOFEXIDINE, "summary", "how-it-works", "key-facts"),
    ),
    (
        "how long do i wait after fent to take my first suboxin",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings")
        + at(EARLY, "when-does-withdrawal-start"),
    ),
    (
        "took my sub to early and now im way sicker what do i do",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine"),
    ),
    (
        "will my family doctor write me a script for suboxone",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "my wifes teeth are going bad from suboxone strips is that a thing",
        at(BUPRENORPHINE, "warnings"),
    ),
    (
        "is there a monthly shot insted of taking strips every day",
        at(BUPRENORPHINE, "key-facts", "summary", "where-given"),
    ),
    ("is it dangerous to take xanex with my subs", at(BUPRENORPHINE, "warnings")),
    (
        "my husband keeps nodding off after his methadone dose, is that normal",
        at(METHADONE, "starting-methadone", "warnings", "side-effects"),
    ),
    ("can i drink alcohal on methadone", at(METHADONE, "starting-methadone", "warnings")),
    (
        "do i have to go to the clinic every day for methadone or can i get take homes",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "my mom has been on methadone 10 years is that ok",
        at(METHADONE, "how-long-will-i-need-to-take-methadone")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "my daughter wants the vivitrol shot how long does she have to be clean first",
        at(NALTREXONE, "summary", "warnings", "getting-ready-to-start"),
    ),
    (
        "can you still get high on vivatrol",
        at(NALTREXONE, "how-it-works", "summary", "warnings")
        + at(OVERVIEW, "medication-is-the-core-of-treatment"),
    ),
    (
        "my boyfriend wont wake up and is making weird snoring choking sounds what do i do",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing", "be-ready-to-save-a-life")
        + at(HARM, "naloxone-for-friends-and-family")
        + at(NALMEFENE, "nalmefene-or-naloxone"),
    ),
    (
        "gave my brother narcan and he woke up, do i still have to call 911",
        at(NALOXONE, "warnings", "summary"),
    ),
    (
        "narcan didnt work after one spray",
        at(NALOXONE, "key-facts", "be-ready-to-save-a-life", "warnings")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "do u need a prescription for narcan",
        at(NALOXONE, "where-given", "summary", "which-naloxone-should-i-buy", "cost")
        + at(FAMILIES, "keep-naloxone-at-home")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "who gives out narcan for free around here",
        at(HARM, "where-can-i-get-naloxone") + at(NALOXONE, "cost", "where-given"),
    ),
    (
        "my roommate has tiny pupils and blue lips and wont answer me",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing", "be-ready-to-save-a-life")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "will i get arrested if i call 911 when my friend overdoses",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "does narcan work on tranq",
        at(
            HARM,
            "xylazine-or-tranq",
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
        )
        + at(NALOXONE, "warnings")
        + at(NALMEFENE, "warnings"),
    ),
    (
        "what is opvee nasal spray",
        at(NALMEFENE, "summary", "key-facts", "who-can-use-opvee-and-zurnai", "where-given"),
    ),
    (
        "where do i get fentynal test strips and how do they work",
        at(HARM, "fentanyl-and-xylazine-test-strips", "syringe-services-programs"),
    ),
    (
        "i use by myself is there a number i can call",
        at(HARM, "what-if-i-have-no-one-to-be-with-me"),
    ),
    (
        "need the samsha number for my brother",
        at(CARE, "call-or-text-for-help") + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "find a rehab for my dad that takes his insurance",
        at(CARE, "finding-treatment-near-you", "paying-for-treatment")
        + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "cant afford rehab and dont have insurence",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "will my boss know im in a methodone program",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "pregnant and using fent should i detox cold turkey",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl")
        + at(SUPPORT, "pregnancy-and-breastfeeding"),
    ),
    (
        "will my baby be born addicted if im on subs",
        at(PREGNANCY, "after-your-baby-is-born") + at(BUPRENORPHINE, "pregnancy"),
    ),
    ("can i breast feed on methadone", at(PREGNANCY, "breastfeeding-on-medication", "summary")),
    (
        "my son is using heroin how do i get him to go to treatment",
        at(
            FAMILIES,
            "craft-a-way-to-help-a-loved-one-into-treatment",
            "how-to-help-someone-you-love",
            "how-can-i-help-my-son-or-daughter",
            "summary",
        ),
    ),
    (
        "support groups for parents whose kid is on drugs",
        at(FAMILIES, "groups-for-families") + at(FAMILY, "what-if-my-family-will-not-come"),
    ),
    (
        "is suboxone ok for my 16 year old daughter",
        at(
            YOUNG,
            "which-medicine-is-used-for-teens",
            "medication-is-for-young-people-too",
            "summary",
        ),
    ),
    ("im 17 can my parents see my rehab records", at(YOUNG, "privacy-for-young-people")),
    (
        "what do you actualy do in cbt for addiction",
        at(CBT, "approach", "summary", "what-a-session-is-like"),
    ),
    (
        "program that gives you gift cards for clean drug tests",
        at(CONTINGENCY, "summary", "approach") + at(COMMUNITY, "approach"),
    ),
    (
        "will people at NA meetings judge me for being on methadone",
        at(PEER, "finding-the-right-group"),
    ),
    (
        "people say methadone is just replacing heroin with another drug, is that true",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "not sure i even want to quit yet can i still talk to a counsler",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary")
        + at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
]


# Written at the same time, each from a passage picked at random and a person who needs it without
# knowing it exists, and measured once before any change: 42 of 50 (84 %).
UNSEEN_22 = [
    (
        "how many hrs after my last shot of dope do i start getting sick",
        at(EARLY, "key-facts", "when-does-withdrawal-start", "summary"),
    ),
    (
        "keep yawning sweating and my nose wont stop running, is this me starting to get dope sick",
        at(EARLY, "signs", "summary"),
    ),
    (
        "my brother is on day 2 of kicking and cant stop puking what can we do at home to get "
        "him thru it",
        at(PEAK, "care", "getting-through-the-worst-days", "when-to-get-help"),
    ),
    (
        "how do i tell if im getting dehydrated from all the diarrhea while im withdrawing",
        at(PEAK, "getting-through-the-worst-days", "care"),
    ),
    (
        "2 months clean and still cant sleep and feel down all the time, is that normal",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    (
        "slipped and used after 3 weeks off, did i just ruin my whole recovery",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again", "when-to-get-help"),
    ),
    (
        "day 5 off fent and finally feeling a lil better, what should i be doing now",
        at(SUBSIDING, "care", "plan-what-comes-next", "summary"),
    ),
    (
        "does coming off done last longer than coming off heroin",
        at(SUBSIDING, "key-facts") + at(PEAK, "key-facts"),
    ),
    (
        "are the generic sub tablets cheaper than name brand suboxone strips",
        at(BUPRENORPHINE, "cost"),
    ),
    (
        "can i just swallow my sub film instead of waiting for it to melt",
        at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue"),
    ),
    (
        "lucemyra making me super dizzy and sleepy is that normal",
        at(LOFEXIDINE, "side-effects", "warnings"),
    ),
    (
        "is there a pill thats not an opiate that helps with w/d symptoms",
        at(LOFEXIDINE, "summary", "how-it-works", "key-facts"),
    ),
    (
        "just found out im pregnant and i go to the methadone clinic, do i have to get off it",
        at(METHADONE, "pregnancy")
        + at(
            PREGNANCY,
            "is-methadone-safe-when-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        ),
    ),
    (
        "does medicaid pay for the methadone clinic",
        at(METHADONE, "cost") + at(CARE, "paying-for-treatment"),
    ),
    (
        "whats the difference between opvee and narcan which one lasts longer",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary", "how-it-works")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    (
        "is it ok to use opvee on my friend if shes pregnant and od'ing",
        at(NALMEFENE, "pregnancy") + at(NALOXONE, "pregnancy"),
    ),
    (
        "found my moms narcan kit in a drawer its been there for years does it still work",
        at(NALOXONE, "be-ready-to-save-a-life"),
    ),
    (
        "how many times can u spray narcan if hes still not breathing right",
        at(NALOXONE, "key-facts", "be-ready-to-save-a-life", "warnings")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "what happens if im on vivitrol and do a bunch of dope to get past it",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    ("how often do u get the vivitrol shot", at(NALTREXONE, "key-facts", "summary", "where-given")),
    (
        "not ready to quit yet, how do i stay safer while still using",
        at(SUPPORT, "staying-safer-if-you-use") + at(HARM, "summary"),
    ),
    (
        "where is the info for family members of an addict",
        at(SUPPORT, "for-families-and-friends") + at(FAMILIES, "summary"),
    ),
    (
        "is there a program that teaches parents how to get their kid into treatment without "
        "kicking him out",
        at(FAMILIES, "craft-a-way-to-help-a-loved-one-into-treatment", "where-can-i-learn-craft"),
    ),
    ("support group for wives of heroin addicts", at(FAMILIES, "groups-for-families")),
    (
        "will my boss find out if i start going to a methadone clinic",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "im deaf, can i text somebody to find rehab near me",
        at(CARE, "can-i-reach-the-helpline-without-talking-on-the-phone"),
    ),
    (
        "i live alone and always use by myself, is there someone i can call while i do it",
        at(HARM, "what-if-i-have-no-one-to-be-with-me", "never-use-alone"),
    ),
    ("where can i get clean needles for free", at(HARM, "syringe-services-programs")),
    (
        "pregnant and want to quit fent cold turkey for the baby, is that safe",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "my sister is on subs and just found out shes expecting, is bupe ok for the baby",
        at(PREGNANCY, "is-buprenorphine-safe-when-i-am-pregnant", "treatment-during-pregnancy")
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "clinic told my 16 yr old he has to fail rehab twice before he can get methadone, is "
        "that still a rule",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
    (
        "is my 19 year old son too young to be put on suboxone",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "summary",
            "which-medicine-is-used-for-teens",
        )
        + at(SUPPORT, "teens-and-young-adults"),
    ),
    (
        "what do u actually do in cbt for drug addiction",
        at(CBT, "approach", "what-a-session-is-like", "summary"),
    ),
    (
        "does cognitive therapy really work for opiate addicts or is it a waste of time",
        at(CBT, "evidence"),
    ),
    (
        "my husband has nothing going on all day but getting high, is there counseling that "
        "helps with a job and hobbies",
        at(COMMUNITY, "summary", "approach"),
    ),
    (
        "whats the point of staying clean when life sober is so boring",
        at(COMMUNITY, "making-recovery-worth-it", "summary"),
    ),
    (
        "if i pop dirty at the voucher program do they kick me out",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "how long does the prizes for clean urine thing go on and how often do they test u",
        at(CONTINGENCY, "key-facts"),
    ),
    (
        "can my girlfriend come to the family sessions even tho were not married",
        at(FAMILY, "who-can-take-part"),
    ),
    (
        "does family counseling actually help teens hooked on percs",
        at(FAMILY, "evidence", "summary") + at(YOUNG, "family-and-therapy"),
    ),
    (
        "honestly not sure i even want to quit, can i still talk to a counselor",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary", "approach"),
    ),
    (
        "my counsler wants to do motivational interviewing whats that",
        at(MOTIVATIONAL, "summary", "approach"),
    ),
    ("whats the difference between NA and smart recovery", at(PEER, "approach", "summary")),
    ("do NA meetings actually help people stay off heroin", at(PEER, "evidence")),
    (
        "can i just do a 5 day detox and be done with it",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure", "summary")
        + at(SUBSIDING, "plan-what-comes-next"),
    ),
    (
        "is addiction really a disease or is my dad just weak",
        at(OVERVIEW, "opioid-addiction-is-a-medical-condition"),
    ),
    (
        "will narcan hurt him if he didnt actually take any opiates",
        at(NALOXONE, "how-it-works", "how-do-i-know-someone-is-overdosing"),
    ),
    (
        "what day does being dope sick finally start easing up",
        at(SUBSIDING, "summary", "key-facts") + at(PEAK, "summary"),
    ),
    (
        "what even is methadone and how often do u take it",
        at(METHADONE, "summary", "key-facts", "how-it-works"),
    ),
    (
        "does blue cross cover suboxone treatment or do i need prior auth",
        at(CARE, "paying-for-treatment") + at(BUPRENORPHINE, "cost"),
    ),
]


# Written after the changes made for the twenty-first and twenty-second sets, page by page in the
# brief's style, and measured once before any change: 45 of 50 (90 %).
UNSEEN_23 = [
    (
        "how many hours after my last bag of dope do the sweats and yawning kick in",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    (
        "my husbands nurse said his withdrawl number was 15 on the opiate scale, is that bad",
        at(EARLY, "what-is-the-cows-score"),
    ),
    (
        "how do i know if im getting dehidrated from puking so much while dope sick",
        at(PEAK, "getting-through-the-worst-days", "care"),
    ),
    ("what days are the worst when kickin heroin cold turkey", at(PEAK, "summary", "key-facts")),
    (
        "my sister is 2 months clean and still cant sleep and feels down all the time, is that "
        "normal",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    (
        "my boyfriend slipped and used after 3 months clean, is all his progress ruined",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    ("when does being dope sick finally start to ease up", at(SUBSIDING, "summary", "key-facts")),
    (
        "my daughter is almost done detoxing, what is supposed to happen next",
        at(SUBSIDING, "plan-what-comes-next", "care", "summary")
        + at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    ("does suboxone rot ur teeth", at(BUPRENORPHINE, "warnings")),
    (
        "can i just swallow my subs instead of waiting for them to melt",
        at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue"),
    ),
    (
        "how long after my last fent should i wait to take my first bupe",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings")
        + at(EARLY, "when-does-withdrawal-start"),
    ),
    (
        "is it dangerus to take zanax with my methadone dose",
        at(METHADONE, "warnings", "starting-methadone"),
    ),
    (
        "my husband has to go to the done clinic every day, when can he get take homes",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "my mom has been on methadose for 6 years, shouldnt she be off it by now",
        at(METHADONE, "how-long-will-i-need-to-take-methadone")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "will the cops charge me if i call for help when my friend ods",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "whats the diffrence between narcan and kloxxado",
        at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    (
        "gave my brother narcan and he woke up, do we still need an ambulance",
        at(NALOXONE, "warnings", "summary"),
    ),
    (
        "how long do i have to be clean before my first vivitrol shot",
        at(NALTREXONE, "warnings", "summary", "getting-ready-to-start"),
    ),
    (
        "can you still get high on vivitrol if you use alot",
        at(NALTREXONE, "warnings", "getting-ready-to-start", "how-it-works", "summary"),
    ),
    ("is naltrexon addictive like suboxone", at(NALTREXONE, "summary", "key-facts")),
    (
        "is lucemyra a narcotic",
        at(LOFEXIDINE, "summary", "how-it-works", "where-given", "key-facts"),
    ),
    (
        "lucemyra makes me dizy when i stand up is that normal",
        at(LOFEXIDINE, "side-effects", "warnings"),
    ),
    ("lucemira is too expensive, is there a cheeper option", at(LOFEXIDINE, "cost")),
    (
        "is opvee better than narcan for fent overdoses",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary"),
    ),
    ("do i need a perscription for zurnai", at(NALMEFENE, "where-given", "summary", "cost")),
    (
        "is there any support for me as the mom of an addict, not just for him",
        at(SUPPORT, "for-families-and-friends")
        + at(FAMILIES, "looking-after-yourself", "groups-for-families", "summary"),
    ),
    (
        "should i just wait till my son is ready, he says he doesnt want rehab",
        at(
            FAMILIES,
            "should-i-wait-until-they-hit-rock-bottom",
            "how-can-i-help-my-son-or-daughter",
        ),
    ),
    (
        "is there a program that teaches parents how to get there kid into rehab",
        at(FAMILIES, "craft-a-way-to-help-a-loved-one-into-treatment", "where-can-i-learn-craft"),
    ),
    (
        "will my job know if i go to a methadone clinic",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "i dont have any health coverage, can i still get on subs",
        at(CARE, "what-if-i-have-no-insurance"),
    ),
    ("how do u check if your dope has fent in it", at(HARM, "fentanyl-and-xylazine-test-strips")),
    (
        "my boyfriend has tranq wounds, does narcan even work on tranq",
        at(
            HARM,
            "xylazine-or-tranq",
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
        )
        + at(NALOXONE, "warnings"),
    ),
    (
        "if i stay on subutex while pregnant will my baby be addicted when its delivered",
        at(PREGNANCY, "after-your-baby-is-born") + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "im 8 weeks pregant and want to quit dope cold turkey, is that safe",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "my 16 year old is on percs, can a teenager get suboxone",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
            "summary",
        ),
    ),
    (
        "will the clinic tell me what my 17 yr old daughter says in treatment",
        at(YOUNG, "privacy-for-young-people"),
    ),
    ("how many weeks is cbt therepy for opiate addiction", at(CBT, "key-facts")),
    ("in cbt do they make you dig up your past", at(CBT, "do-i-have-to-talk-about-my-childhood")),
    (
        "is there a therapy that helps you get a job and hobbies so you dont go back to using",
        at(COMMUNITY, "summary", "approach"),
    ),
    ("how many months is cra counseling", at(COMMUNITY, "key-facts")),
    (
        "do they really pay you for clean drug tests",
        at(CONTINGENCY, "approach", "summary") + at(COMMUNITY, "approach"),
    ),
    (
        "what if i fail a urine test in the prize program, do i get kicked out",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "my parents refuse to do counseling with me, can i still get help",
        at(FAMILY, "what-if-my-family-will-not-come"),
    ),
    (
        "can my girlfreind come to family therapy or is it just parents",
        at(FAMILY, "who-can-take-part"),
    ),
    (
        "im not sure i even want to quit yet, is there counseling for that",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary"),
    ),
    ("how many sesions is motivational counceling usually", at(MOTIVATIONAL, "key-facts")),
    (
        "will people at na meetings judge me for being on methadone",
        at(PEER, "finding-the-right-group"),
    ),
    (
        "is there a recovery group thats not 12 steps, i dont do the higher power stuff",
        at(PEER, "approach"),
    ),
    (
        "my dad says being on subs means im not really clean, is he right",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another")
        + at(PEER, "finding-the-right-group"),
    ),
    (
        "whats the most effective treatment for heroine adiction",
        at(OVERVIEW, "summary", "medication-is-the-core-of-treatment") + at(METHADONE, "summary"),
    ),
]


# Written at the same time, half by people who use and half by people who love or work with them,
# topics in proportion to how often people ask, and measured once after the changes made for
# UNSEEN_23 and before any made for it: 43 of 50 (86 %).
UNSEEN_24 = [
    (
        "last shot of dope was at 8 this morning how soon till i start getting sick",
        at(EARLY, "when-does-withdrawal-start", "key-facts", "summary"),
    ),
    (
        "day 2 of kicking, cant stop puking and got the runs. is this normal??",
        at(PEAK, "signs", "summary", "getting-through-the-worst-days", "when-to-get-help"),
    ),
    ("how many days does the sick last when u come off h", at(SUBSIDING, "summary", "key-facts")),
    (
        "3 wks clean but cant sleep and feel depressed all the time. when does this end",
        at(POST_ACUTE, "summary", "feeling-better-takes-time", "signs", "key-facts"),
    ),
    (
        "relapsed after 2 months off fent, did i just blow everything",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "how long do i gotta wait after fent before taking my first sub",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings")
        + at(EARLY, "when-does-withdrawal-start"),
    ),
    (
        "took a sub too early and now im way sicker wtf do i do",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine"),
    ),
    (
        "been on suboxone 2 yrs and my teeth are rotting, is it the bupe",
        at(BUPRENORPHINE, "warnings"),
    ),
    (
        "is sublocade or brixadi a shot i can get instead of doing strips every day",
        at(BUPRENORPHINE, "key-facts", "summary", "where-given"),
    ),
    (
        "first week at the methadone clinic and im nodding out, is my dose to high",
        at(METHADONE, "starting-methadone", "warnings", "side-effects"),
    ),
    (
        "do i have to show up at the done clinic every day or can i get take homes",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "how long do i have to be off everything before the vivitrol shot",
        at(NALTREXONE, "warnings", "summary", "getting-ready-to-start"),
    ),
    (
        "whats lucemyra and does it actually help with withdrawls",
        at(LOFEXIDINE, "summary", "how-it-works", "will-lofexidine-stop-all-my-symptoms"),
    ),
    (
        "scared to call 911 when my buddy ods cause i have a warrant, can i get arrested",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "how do u use fent strips, do they catch everything",
        at(HARM, "fentanyl-and-xylazine-test-strips"),
    ),
    (
        "i always use alone in my room, how do i not die",
        at(HARM, "what-if-i-have-no-one-to-be-with-me", "never-use-alone", "summary"),
    ),
    ("where can i get new needles for free", at(HARM, "syringe-services-programs")),
    (
        "got wounds on my arms that wont heal, is that from tranq",
        at(HARM, "xylazine-or-tranq", "syringe-services-programs"),
    ),
    (
        "what do they actually do in cbt for addiction",
        at(CBT, "approach", "summary", "what-a-session-is-like"),
    ),
    (
        "my program gives gift cards for clean urines, what if i pop dirty",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "not even sure i want to quit yet, is there counseling for ppl like me",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary"),
    ),
    (
        "can i get suboxone thru a telehealth app without going in",
        at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth")
        + at(BUPRENORPHINE, "where-given", "can-my-regular-doctor-prescribe-it"),
    ),
    (
        "if i start at the done clinic does my boss have to know",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "cant stop thinking about ending it since i relapsed, who do i call",
        at(CARE, "what-if-i-am-thinking-about-suicide")
        + at(POST_ACUTE, "when-to-get-help")
        + at(EARLY, "when-to-get-help")
        + at(PEAK, "when-to-get-help")
        + at(SUBSIDING, "when-to-get-help"),
    ),
    (
        "just found out im pregnant and still using dope, should i quit cold turkey",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "husband kicking at home, at what point do i take him to the er",
        at(EARLY, "when-to-get-help")
        + at(PEAK, "when-to-get-help")
        + at(SUBSIDING, "when-to-get-help")
        + at(POST_ACUTE, "when-to-get-help"),
    ),
    (
        "counselor here, intake says clients cows is 14, what does that mean",
        at(EARLY, "what-is-the-cows-score"),
    ),
    (
        "my son finishes a 5 day detox friday, is that enough or does he need more",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure") + at(SUBSIDING, "plan-what-comes-next"),
    ),
    (
        "my brothers detoxing on my couch, how do i help him get thru it",
        at(EARLY, "care") + at(PEAK, "care", "getting-through-the-worst-days"),
    ),
    (
        "nurse here, pt on subs wants xanax for anxiety, is that combo risky",
        at(BUPRENORPHINE, "warnings"),
    ),
    (
        "my dad is on methadone and drinks a 6 pack every nite, dangerous?",
        at(METHADONE, "warnings", "starting-methadone"),
    ),
    (
        "my mom says methadone is just replacing heroin with another drug, is she right",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another")
        + at(METHADONE, "how-it-works"),
    ),
    (
        "my wife is coming off pills, can clonidine help her withdrawal",
        at(LOFEXIDINE, "where-given", "cost"),
    ),
    (
        "found my roommate blue and making a gurgling snore, what do i do",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing", "be-ready-to-save-a-life")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "sprayed narcan 2 min ago hes still barely breathing, do i give another",
        at(NALOXONE, "be-ready-to-save-a-life", "key-facts", "warnings")
        + at(HARM, "naloxone-for-friends-and-family")
        + at(NALMEFENE, "nalmefene-or-naloxone"),
    ),
    (
        "he came around after the narcan, do we still need to call 911",
        at(NALOXONE, "warnings", "summary"),
    ),
    (
        "where can my family get narcan for free to keep at home",
        at(HARM, "where-can-i-get-naloxone") + at(NALOXONE, "cost", "where-given"),
    ),
    (
        "whats the difference between opvee or zurnai and regular narcan",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    (
        "gave her narcan, shes breathing now but wont wake up. tranq in it?",
        at(
            HARM,
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
            "xylazine-or-tranq",
        )
        + at(NALOXONE, "warnings"),
    ),
    (
        "my friend is 6 months pregnant and oded, is narcan safe for the baby",
        at(NALOXONE, "pregnancy") + at(NALMEFENE, "pregnancy"),
    ),
    (
        "son wants to go to na but hes on suboxone, will they judge him",
        at(PEER, "finding-the-right-group"),
    ),
    (
        "whats the number to call to find rehab for my sister",
        at(CARE, "call-or-text-for-help", "finding-treatment-near-you")
        + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "case worker, client has no insurance, can she still get on methadone or subs",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "my daughters on bupe and just had the baby, can she breastfeed",
        at(PREGNANCY, "breastfeeding-on-medication", "summary"),
    ),
    (
        "nicu nurse, mom asking what she can do for her baby in withdrawal",
        at(PREGNANCY, "what-helps-a-baby-with-withdrawal-signs", "breastfeeding-on-medication"),
    ),
    (
        "wife uses fent and im exhausted and angry all the time, where do i get support",
        at(FAMILIES, "looking-after-yourself", "groups-for-families"),
    ),
    (
        "how do i get my boyfriend into rehab without it turning into a fight",
        at(
            FAMILIES,
            "how-to-help-someone-you-love",
            "craft-a-way-to-help-a-loved-one-into-treatment",
            "summary",
        ),
    ),
    (
        "thinking of cutting my son off till hes ready to get clean, good idea?",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom", "how-to-help-someone-you-love"),
    ),
    (
        "my 16 yo got hooked on percs, can a teen even get suboxone",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
            "summary",
        ),
    ),
    (
        "will the clinic tell me what my 17 year old says in treatment",
        at(YOUNG, "privacy-for-young-people"),
    ),
]


# Written after all the changes of this round, as the issue's brief asks, and never tuned for:
# 42 of 50 (84 %) when written. Its misses are left as they are, so it keeps measuring how the
# finder does on questions nobody changed it for.
UNSEEN_25 = [
    (
        "how long after my last bag of dope can i take my first suboxone",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings"),
    ),
    (
        "took my subs too early and now im way sicker, what do i do",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine"),
    ),
    ("is suboxne bad for your teeth", at(BUPRENORPHINE, "warnings")),
    (
        "does my family dr write suboxone scripts or do i need a special clinic",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "my boyfriend swallows his suboxone strips instead of letting them melt, does it still "
        "work",
        at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue"),
    ),
    ("bupe making me constipated and sweaty", at(BUPRENORPHINE, "side-effects")),
    (
        "my husband is on methadone and keeps nodding off",
        at(METHADONE, "starting-methadone", "warnings", "side-effects"),
    ),
    ("can i drink beer on methadose", at(METHADONE, "starting-methadone", "warnings")),
    (
        "how soon can you get take homes at the methadone clinic",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "do i have to go to groups and counsling to get my methadone",
        at(METHADONE, "where-given") + at(CARE, "your-first-visit-to-an-opioid-treatment-program"),
    ),
    (
        "how do i give narcan to my brother if he stops breathing",
        at(NALOXONE, "be-ready-to-save-a-life", "key-facts")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "do i need a perscription to buy narcan at cvs",
        at(NALOXONE, "where-given", "summary", "which-naloxone-should-i-buy")
        + at(HARM, "naloxone-for-friends-and-family")
        + at(FAMILIES, "keep-naloxone-at-home"),
    ),
    (
        "gave my friend narcan, he came to and then passed out again like an hour later",
        at(NALOXONE, "warnings", "summary") + at(NALMEFENE, "nalmefene-or-naloxone"),
    ),
    ("signs someone is oding", at(NALOXONE, "how-do-i-know-someone-is-overdosing")),
    (
        "will the cops charge me if i call an ambulance when my freind ods",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "is opvee better than narcan for fentanyl",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    (
        "how long do i need to be opiod free before starting vivitrol",
        at(NALTREXONE, "warnings", "summary", "getting-ready-to-start"),
    ),
    (
        "my daughter stopped her vivatrol shots, is she at more risk of overdose now",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    (
        "what is lucemyra and does it help with withdrawls",
        at(LOFEXIDINE, "summary", "key-facts", "how-it-works"),
    ),
    (
        "how many hours after my last hit do i start getting dopesick",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    ("what day of heroin withdrawl is the worst", at(PEAK, "summary", "key-facts")),
    (
        "cant stop puking and diarrhea coming off opiates, how do i not get dehydrated",
        at(PEAK, "getting-through-the-worst-days", "care", "when-to-get-help"),
    ),
    (
        "its been a month since i quit herion and i still cant sleep and feel depressed",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    (
        "detox nurse keeps giving me a withdrawal score, what do the numbers mean",
        at(EARLY, "what-is-the-cows-score"),
    ),
    (
        "relapsed after 3 months clean, did i ruin everything",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "my son finished a 5 day detox, is that enough to stay clean",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure") + at(SUBSIDING, "plan-what-comes-next"),
    ),
    (
        "what is tranq and does narcan work on it",
        at(HARM, "xylazine-or-tranq") + at(NALOXONE, "warnings"),
    ),
    (
        "my roommate is breathing again after narcan but is totally out cold",
        at(HARM, "what-if-naloxone-works-but-the-person-still-will-not-wake-up")
        + at(NALOXONE, "warnings"),
    ),
    (
        "where do i get fentanyl test strips",
        at(HARM, "fentanyl-and-xylazine-test-strips", "syringe-services-programs"),
    ),
    (
        "is there a number i can call so im not by myself when i use",
        at(HARM, "what-if-i-have-no-one-to-be-with-me", "never-use-alone"),
    ),
    (
        "samsha hotline number",
        at(CARE, "call-or-text-for-help") + at(OVERVIEW, "finding-treatment"),
    ),
    (
        "dont have insurence, can i still afford rehab",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "can my job see that im getting methodone treatment",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "my son is using heroin and wont accept help, what can i do as his mom",
        at(
            FAMILIES,
            "how-can-i-help-my-son-or-daughter",
            "craft-a-way-to-help-a-loved-one-into-treatment",
            "how-to-help-someone-you-love",
            "summary",
        ),
    ),
    (
        "should i just let my daughter crash and burn until shes ready for rehab",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    (
        "im exausted and scared all the time from dealing with my husbands addiction",
        at(FAMILIES, "looking-after-yourself", "groups-for-families"),
    ),
    (
        "pregnant and on subutex should i stop",
        at(
            PREGNANCY,
            "is-buprenorphine-safe-when-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(BUPRENORPHINE, "pregnancy"),
    ),
    (
        "will my baby be born addicted if i take methadone while pregnent",
        at(PREGNANCY, "after-your-baby-is-born", "what-helps-a-baby-with-withdrawal-signs")
        + at(METHADONE, "pregnancy"),
    ),
    (
        "my girlfriend is pregnant and using, how soon can she start a methadone program",
        at(PREGNANCY, "getting-in-quickly") + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "my 16 yr old is hooked on percs, can teens even get subox",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
            "summary",
        ),
    ),
    (
        "my son is 17, will his clinic tell me whats going on in his treatment",
        at(YOUNG, "privacy-for-young-people"),
    ),
    (
        "clinic turned my 15 year old away from methadone because he hasnt tried rehab twice",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
    (
        "cbt for heroin addiction what do you actually do in the sessions",
        at(CBT, "approach", "what-a-session-is-like", "summary"),
    ),
    (
        "dirty urine in contingency managment, do i get kicked out",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "will people at na meetings judge me for taking buprenorphene",
        at(PEER, "finding-the-right-group"),
    ),
    (
        "not sure i even want to quit, is there counseling for people like me",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary"),
    ),
    ("can my girlfriend come to my therapy sessions", at(FAMILY, "who-can-take-part", "summary")),
    (
        "therapy that helps you find a job and hobbies so you dont go back to using",
        at(COMMUNITY, "summary", "approach"),
    ),
    (
        "people say being on suboxone is still being an addict, is that true",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "vivitrol vs suboxone vs methadone whats the diffrence",
        at(OVERVIEW, "medication-is-the-core-of-treatment")
        + at(METHADONE, "how-it-works")
        + at(BUPRENORPHINE, "how-it-works")
        + at(NALTREXONE, "how-it-works"),
    ),
]


# Written at the same time by 50 different visitors, and never tuned for either: 49 of 50 (98 %)
# when written. With UNSEEN_25, 91 of 100 (91 %).
UNSEEN_26 = [
    (
        "keep yawning, nose running, cant sleep... is this the start of being dopesick or am i "
        "just getting a cold",
        at(EARLY, "signs", "summary"),
    ),
    (
        "nurse on a detox unit here. remind me of the cows cutoffs, what score counts as "
        "moderately severe",
        at(EARLY, "what-is-the-cows-score"),
    ),
    (
        "day 2 kicking, puking and the runs nonstop. how do i tell if im getting dehydrated",
        at(PEAK, "getting-through-the-worst-days", "care"),
    ),
    (
        "5 days off h. not as sick anymore but i got zero appetite and im wiped out all the "
        "time, thats normal right?",
        at(SUBSIDING, "signs", "summary", "care"),
    ),
    (
        "my detox stay ends friday. what am i supposed to do after so i dont just go right back "
        "to using",
        at(SUBSIDING, "plan-what-comes-next", "care")
        + at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "clean 4 months and still sleeping like garbage and feeling flat. does my brain ever go "
        "back to normal??",
        at(POST_ACUTE, "feeling-better-takes-time", "signs", "summary"),
    ),
    (
        "slipped up last night after 60 days. feel like i blew everything, do i have to start "
        "over from zero",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "took my first sub way too early and now im 10x sicker wtf do i do",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine"),
    ),
    (
        "can i just swallow the strip? the taste makes me gag",
        at(BUPRENORPHINE, "why-do-i-have-to-keep-it-under-my-tongue"),
    ),
    (
        "my teeth been rotting since i started suboxone, is the film doing that",
        at(BUPRENORPHINE, "warnings"),
    ),
    (
        "can my regular family dr prescribe subs or sublocade, or do i need some special clinic",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "got my first brixadi shot and now theres a hard sore lump on my stomach",
        at(BUPRENORPHINE, "side-effects"),
    ),
    (
        "my mom is on a butrans patch for her back pain. is that the same thing as my suboxone?",
        at(BUPRENORPHINE, "is-buprenorphine-also-used-for-pain"),
    ),
    (
        "does lucemira take away the cravings or just the physical sickness",
        at(LOFEXIDINE, "part-of-a-bigger-plan", "summary", "how-it-works"),
    ),
    (
        "coming off percs at home, what can i take for the diarrhea",
        at(LOFEXIDINE, "part-of-a-bigger-plan"),
    ),
    (
        "i have a xanex prescription, is it ok to take it with my methadone dose",
        at(METHADONE, "warnings", "starting-methadone"),
    ),
    (
        "how long til my clinic lets me take my done home instead of showing up every single "
        "morning",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "methadone got me nodding, backed up and sweating thru my shirts. normal?",
        at(METHADONE, "side-effects"),
    ),
    ("opvee for a 13 yr old?", at(NALMEFENE, "who-can-use-opvee-and-zurnai", "where-given")),
    (
        "zurnai or narcan, which one lasts longer if its fent",
        at(NALMEFENE, "nalmefene-or-naloxone", "how-it-works", "summary"),
    ),
    (
        "my brother is passed out in the bathroom, lips look blue and hes making a gurgling "
        "noise. what do i do right now",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing", "be-ready-to-save-a-life")
        + at(HARM, "naloxone-for-friends-and-family")
        + at(NALMEFENE, "nalmefene-or-naloxone"),
    ),
    (
        "gave my friend narcan, hes breathing now but wont wake up at all. is it the tranq??",
        at(
            HARM,
            "what-if-naloxone-works-but-the-person-still-will-not-wake-up",
            "xylazine-or-tranq",
        )
        + at(NALOXONE, "warnings"),
    ),
    (
        "scared to call 911 bc we were all using. will the cops charge us",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    ("kloxxado vs narcan", at(NALOXONE, "which-naloxone-should-i-buy")),
    (
        "he came to after the narcan and says hes fine and doesnt want an ambulance. do we still "
        "have to call",
        at(NALOXONE, "warnings", "summary"),
    ),
    (
        "how long do i have to be off fent before i can get the vivitrol shot",
        at(NALTREXONE, "warnings", "summary", "getting-ready-to-start"),
    ),
    (
        "missed my vivatrol shot by a week, is it dangerous if i use",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    (
        "not ready to stop using. what can i do so i dont die",
        at(HARM, "summary") + at(SUPPORT, "staying-safer-if-you-use"),
    ),
    (
        "should i kick my son out and let him lose everything first? everyone keeps telling me "
        "tough love is the only way",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    (
        "how do i bring up my husbands pill problem without it turning into a screaming match",
        at(
            FAMILIES,
            "how-to-help-someone-you-love",
            "craft-a-way-to-help-a-loved-one-into-treatment",
        ),
    ),
    (
        "does the samhsa line do text? i cant talk on the phone at work",
        at(CARE, "can-i-reach-the-helpline-without-talking-on-the-phone"),
    ),
    (
        "no insurance, no job, can i still get into treatment somewhere",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "6 months in recovery and i dont want to be alive anymore",
        at(CARE, "what-if-i-am-thinking-about-suicide") + at(POST_ACUTE, "when-to-get-help"),
    ),
    (
        "where do u get fent test strips and how do they even work",
        at(HARM, "fentanyl-and-xylazine-test-strips"),
    ),
    (
        "i use by myself in my car. is there anyone i can call so somebody knows if i go out",
        at(HARM, "what-if-i-have-no-one-to-be-with-me"),
    ),
    (
        "im a high school teacher. should staff at school be carrying narcan or is that overkill",
        at(HARM, "who-should-carry-naloxone"),
    ),
    (
        "just found out im 8 weeks pregant and still using. should i quit cold turkey right away",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "is it ok to breastfeed on methadone",
        at(PREGNANCY, "breastfeeding-on-medication", "summary"),
    ),
    (
        "baby is in the nicu, shaky and wont feed. i was on subs the whole pregnancy. is there "
        "anything i can do for him",
        at(
            PREGNANCY,
            "what-helps-a-baby-with-withdrawal-signs",
            "after-your-baby-is-born",
            "breastfeeding-on-medication",
        ),
    ),
    (
        "my 16 yo got hooked on blues. can a teenager even be put on suboxone",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
            "summary",
        )
        + at(SUPPORT, "teens-and-young-adults"),
    ),
    (
        "clinic said my son cant get methadone until hes failed rehab twice. hes 17, is that "
        "right?",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
    (
        "i dont want therapy where i have to rehash all my messed up past. is cbt like that",
        at(CBT, "do-i-have-to-talk-about-my-childhood", "approach"),
    ),
    (
        "my outpatient gives gift cards for clean urine tests. is that an actual treatment or a "
        "gimmick",
        at(CONTINGENCY, "summary", "approach", "evidence"),
    ),
    (
        "counselor wants to do motivational interviewing w me but honestly idk if i even want to "
        "quit",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary", "approach"),
    ),
    (
        "what do they actually do in community reinforcement, is it just job stuff",
        at(COMMUNITY, "approach", "summary"),
    ),
    ("can my girlfriend come to family therapy? we arent married", at(FAMILY, "who-can-take-part")),
    (
        "guys at my NA meeting keep saying im not really clean since im on subs",
        at(PEER, "finding-the-right-group")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "im a manager. can i call my employees methadone clinic to make sure hes actually going",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "my dad says addiction is just being weak and i should be able to quit on my own. is "
        "that true or is it an actual medical thing",
        at(OVERVIEW, "opioid-addiction-is-a-medical-condition"),
    ),
    (
        "just got out after 6 months locked up, can i go back to my old amount",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
]


# Written after the last change, two or three questions a page in the brief's style, and never
# tuned for: 47 of 50 (94 %) when written.
UNSEEN_27 = [
    (
        "my boyfriend keeps yawning, sweating and his nose is runing, is he dope sick?",
        at(EARLY, "signs", "summary"),
    ),
    ("clinic said my cows was 14, how bad is that", at(EARLY, "what-is-the-cows-score")),
    ("which day of kicking herion is the hardest", at(PEAK, "summary", "key-facts")),
    (
        "my wife has been throwing up and has diarhea for 2 days detoxing, how do i tell if shes "
        "dehydrated",
        at(PEAK, "getting-through-the-worst-days", "care", "when-to-get-help"),
    ),
    (
        "day 5 off fent, so tired and no appetite. when does it end",
        at(SUBSIDING, "summary", "signs", "key-facts"),
    ),
    (
        "almost done detoxin what do i do next so i dont go right back to using",
        at(SUBSIDING, "plan-what-comes-next", "care")
        + at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "3 months clean and i still cant sleep and feel depresed, is that normal?",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    (
        "i slipped and used after 60 days clean, did i blow my recovery",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    (
        "can my family doctor write me a script for suboxone",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    (
        "took my first subs to early after fent and now im super sick what do i do",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings"),
    ),
    ("suboxone rotting teeth", at(BUPRENORPHINE, "warnings")),
    (
        "does lucemyra help with cravings or just the sickness",
        at(LOFEXIDINE, "part-of-a-bigger-plan", "summary"),
    ),
    (
        "lofexadine makes me dizzy and almost pass out when i stand up",
        at(LOFEXIDINE, "warnings", "side-effects"),
    ),
    (
        "my husband started methadone 4 days ago and hes nodding off alot, should i be worried",
        at(METHADONE, "starting-methadone", "warnings", "side-effects"),
    ),
    ("can i take xanax with my methadose", at(METHADONE, "warnings", "starting-methadone")),
    (
        "can i ever get carries for my methadone or is it daily at the clinic forever",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "opvee vs narcan whats the difference",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    (
        "do you need a perscription for the zurnai pen",
        at(NALMEFENE, "where-given", "summary", "cost"),
    ),
    (
        "my friend took pills and his lips are blue and hes making a gurgling snore, is he od'ing",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing", "be-ready-to-save-a-life")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "will i get arested if i call 911 when my friend ods",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "my friend uses tranq dope, does narcan even work on it",
        at(HARM, "xylazine-or-tranq") + at(NALOXONE, "warnings"),
    ),
    (
        "how long do i have to be off subs before the vivatrol shot",
        at(NALTREXONE, "getting-ready-to-start", "warnings"),
    ),
    (
        "hard lump and swelling where i got my vivitrol injection",
        at(NALTREXONE, "warnings", "side-effects"),
    ),
    (
        "in cbt do they dig into your past and how you were raised",
        at(CBT, "do-i-have-to-talk-about-my-childhood"),
    ),
    ("how many weeks does cognitive behavorial therapy last", at(CBT, "key-facts", "summary")),
    (
        "is there a therapy that helps me get a job and hobbies so i dont go back to using",
        at(COMMUNITY, "summary", "approach", "making-recovery-worth-it"),
    ),
    ("how long is community reinforcment aproach treatment", at(COMMUNITY, "key-facts")),
    (
        "my son's program gives him gift cards for clean urine tests, does that actually work?",
        at(CONTINGENCY, "evidence", "summary", "why-rewards-help"),
    ),
    (
        "what if i fail a drug test in the prize program, do they kick me out",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "my parents wont come to famly sessions, can i still get treatment",
        at(FAMILY, "what-if-my-family-will-not-come"),
    ),
    (
        "can my girlfriend join family therapy or is it only for parents",
        at(FAMILY, "who-can-take-part", "approach"),
    ),
    (
        "not sure i even want to quit yet, is there counseling for people like me",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary", "approach"),
    ),
    ("motivational interveiwing alone enough?", at(MOTIVATIONAL, "evidence")),
    (
        "people at my na meeting say im not really clean cuz im on suboxone",
        at(PEER, "finding-the-right-group")
        + at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    ("is there a recovery group like NA but without the 12 steps", at(PEER, "approach")),
    (
        "isnt methadone just trading one addiction for another",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "just got out of jail after 6 months, can i use the same amount as before",
        at(OVERVIEW, "detox-is-a-first-step-not-a-cure"),
    ),
    (
        "where can i get fentynal test strips for free",
        at(HARM, "fentanyl-and-xylazine-test-strips", "syringe-services-programs"),
    ),
    (
        "i use by myself at night, is there a number that stays on the phone with you",
        at(HARM, "what-if-i-have-no-one-to-be-with-me"),
    ),
    (
        "im 3 months pregant and on suboxone, do i need to stop",
        at(
            PREGNANCY,
            "is-buprenorphine-safe-when-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(BUPRENORPHINE, "pregnancy")
        + at(SUPPORT, "pregnancy-and-breastfeeding"),
    ),
    (
        "my newborn is shaky and crying nonstop, i was on methadone while pregnant",
        at(PREGNANCY, "after-your-baby-is-born", "what-helps-a-baby-with-withdrawal-signs")
        + at(METHADONE, "pregnancy"),
    ),
    (
        "pregnant and using heroin, want to quit cold turkey asap",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "will my boss find out im in treatment for opiates",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "no insurance, can i still get on subs or methadone",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "my wife says we should let our son crash and burn before we help him, is she right",
        at(
            FAMILIES,
            "should-i-wait-until-they-hit-rock-bottom",
            "how-can-i-help-my-son-or-daughter",
        ),
    ),
    (
        "how do i talk to my brother about his heroin use without it turning into a fight",
        at(
            FAMILIES,
            "how-to-help-someone-you-love",
            "craft-a-way-to-help-a-loved-one-into-treatment",
        ),
    ),
    (
        "im worn out taking care of my husband who uses, where do i get support",
        at(FAMILIES, "looking-after-yourself", "groups-for-families"),
    ),
    (
        "my 16 yr old got turned away from the methodone clinic, they said he needs 2 failed "
        "rehabs first",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
    (
        "will the clinic tell me what my 17 year old daughter tells them",
        at(YOUNG, "privacy-for-young-people") + at(CARE, "your-privacy"),
    ),
    (
        "should teenagers be put on meds for opiod addiction or is that just for adults",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "summary",
            "which-medicine-is-used-for-teens",
        )
        + at(SUPPORT, "teens-and-young-adults"),
    ),
]


# Written at the same time, the one question each of 50 imagined visitors most needed answered:
# 48 of 50 (96 %) when written. One miss was a safety gap ('thoughts of ending it all' was not
# crisis language), so that phrase was added to the crisis words; nothing else was changed for it.
UNSEEN_28 = [
    (
        "my mom says suboxone is just trading one addiction for another, is she right",
        at(OVERVIEW, "isnt-taking-medication-just-swapping-one-drug-for-another"),
    ),
    (
        "is being addicted to opioids a real disease or just weak willpower",
        at(OVERVIEW, "opioid-addiction-is-a-medical-condition"),
    ),
    (
        "how many hours after my last bag do the sickness kick in",
        at(EARLY, "when-does-withdrawal-start", "summary", "key-facts"),
    ),
    ("pt has a cows score of 14, what severity is that", at(EARLY, "what-is-the-cows-score")),
    (
        "day 2 kicking, puking and diarrhea nonstop, how do i keep from getting dehydrated",
        at(PEAK, "getting-through-the-worst-days", "care", "when-to-get-help"),
    ),
    ("what day of heroin withdrawl is the worst", at(PEAK, "summary", "key-facts")),
    ("day 5 off dope when does this end", at(SUBSIDING, "summary", "key-facts")),
    (
        "coming off methadone, how long does the withdrawal drag on compared to heroin",
        at(SUBSIDING, "key-facts") + at(PEAK, "key-facts"),
    ),
    (
        "3 weeks clean and still cant sleep and feel super down, is that normal",
        at(POST_ACUTE, "summary", "signs", "feeling-better-takes-time"),
    ),
    (
        "relapsed after 2 months clean, did i ruin everything",
        at(POST_ACUTE, "is-it-a-failure-if-i-use-again"),
    ),
    ("can i take xanax with my methadone dose", at(METHADONE, "warnings", "starting-methadone")),
    (
        "how soon do methadone clinics give you carries so i dont have to go in every day",
        at(METHADONE, "when-can-i-take-doses-home", "where-given"),
    ),
    (
        "my husband started methadone 3 days ago and hes nodding off and hard to wake up",
        at(METHADONE, "starting-methadone", "warnings"),
    ),
    (
        "been on fent 2 yrs how long do i wait before my first sub so i dont get sick",
        at(BUPRENORPHINE, "starting-buprenorphine", "warnings")
        + at(EARLY, "when-does-withdrawal-start"),
    ),
    (
        "took a sub way too early and now im way sicker wtf do i do",
        at(BUPRENORPHINE, "warnings", "starting-buprenorphine"),
    ),
    (
        "does my normal pcp need some special license to give me suboxone",
        at(BUPRENORPHINE, "can-my-regular-doctor-prescribe-it", "where-given")
        + at(CARE, "buprenorphine-from-a-doctor-or-by-telehealth"),
    ),
    ("are suboxone strips rotting my teeth", at(BUPRENORPHINE, "warnings")),
    (
        "how many days clean before they can give me the vivitrol shot",
        at(NALTREXONE, "warnings", "summary", "getting-ready-to-start"),
    ),
    (
        "if i skip my vivitrol shot and use will i od easier",
        at(NALTREXONE, "warnings", "getting-ready-to-start"),
    ),
    (
        "theres a hard painful lump where they gave me the vivitrol injection",
        at(NALTREXONE, "warnings", "side-effects"),
    ),
    (
        "how many narcan can u give one person, first one didnt work",
        at(NALOXONE, "key-facts", "be-ready-to-save-a-life", "warnings")
        + at(HARM, "naloxone-for-friends-and-family"),
    ),
    (
        "scared to get arrested if i call an ambulance for my homie who od'd",
        at(NALOXONE, "can-i-get-in-trouble-for-calling-911"),
    ),
    (
        "how do u tell if someone is just nodding or actually overdosing",
        at(NALOXONE, "how-do-i-know-someone-is-overdosing"),
    ),
    (
        "opvee vs narcan which one is better for fent",
        at(NALMEFENE, "nalmefene-or-naloxone", "summary")
        + at(NALOXONE, "which-naloxone-should-i-buy"),
    ),
    ("can i buy opvee at cvs without a script", at(NALMEFENE, "where-given", "cost", "summary")),
    ("is lucemyra an opioid or nah", at(LOFEXIDINE, "summary", "how-it-works", "key-facts")),
    (
        "not ready to stop using yet, how do i keep from dying",
        at(HARM, "summary") + at(SUPPORT, "staying-safer-if-you-use"),
    ),
    (
        "how do i talk my son into rehab without it turning into a screaming match",
        at(
            FAMILIES,
            "how-to-help-someone-you-love",
            "how-can-i-help-my-son-or-daughter",
            "craft-a-way-to-help-a-loved-one-into-treatment",
        ),
    ),
    (
        "everyone says let him crash and burn till hes ready, should i just back off",
        at(FAMILIES, "should-i-wait-until-they-hit-rock-bottom"),
    ),
    ("where do parents learn that craft method", at(FAMILIES, "where-can-i-learn-craft")),
    (
        "im deaf, can i text the samhsa line instead of calling",
        at(CARE, "can-i-reach-the-helpline-without-talking-on-the-phone"),
    ),
    (
        "no insurance and broke, can i still get on methadone",
        at(CARE, "what-if-i-have-no-insurance") + at(METHADONE, "cost"),
    ),
    (
        "will my boss find out im going to a methadone clinic",
        at(CARE, "will-my-employer-find-out", "your-privacy"),
    ),
    (
        "detoxing and having thoughts of ending it all, who do i call",
        at(CARE, "what-if-i-am-thinking-about-suicide")
        + at(EARLY, "when-to-get-help")
        + at(PEAK, "when-to-get-help")
        + at(SUBSIDING, "when-to-get-help")
        + at(POST_ACUTE, "when-to-get-help"),
    ),
    (
        "where do i get fent test strips and how do u use them",
        at(HARM, "fentanyl-and-xylazine-test-strips"),
    ),
    (
        "i live by myself and still use, is there a number i can call so i dont die alone",
        at(HARM, "what-if-i-have-no-one-to-be-with-me", "never-use-alone"),
    ),
    (
        "what is tranq and does narcan even work on it",
        at(HARM, "xylazine-or-tranq") + at(NALOXONE, "warnings") + at(NALMEFENE, "warnings"),
    ),
    ("anywhere giving out clean needles for free near me", at(HARM, "syringe-services-programs")),
    (
        "im 8 weeks pregnant and using, should i quit cold turkey",
        at(
            PREGNANCY,
            "should-i-go-through-withdrawal-while-i-am-pregnant",
            "treatment-during-pregnancy",
            "summary",
        )
        + at(EARLY, "heroin-methadone-and-fentanyl"),
    ),
    (
        "ok to nurse my baby if im on 80mg methadone",
        at(PREGNANCY, "breastfeeding-on-medication", "summary"),
    ),
    (
        "baby is in the nicu going thru withdrawal, what can i do to soothe him",
        at(PREGNANCY, "what-helps-a-baby-with-withdrawal-signs"),
    ),
    (
        "my 16 yr old daughter is hooked on percs, can she get suboxone at her age",
        at(
            YOUNG,
            "medication-is-for-young-people-too",
            "which-medicine-is-used-for-teens",
            "summary",
        ),
    ),
    (
        "my son is 17 and the clinic said he needs 2 unsuccessful rehab tries before they take "
        "him, is that still a rule",
        at(YOUNG, "does-my-teen-have-to-fail-treatment-before-getting-methadone"),
    ),
    (
        "in cbt do they make you rehash your whole past and how you were raised",
        at(CBT, "do-i-have-to-talk-about-my-childhood"),
    ),
    (
        "is there counseling that helps with getting a job and hobbies so i dont go back to using",
        at(COMMUNITY, "summary", "approach", "making-recovery-worth-it"),
    ),
    (
        "if i pop dirty in the prize program do i get kicked out",
        at(CONTINGENCY, "what-happens-if-i-test-positive"),
    ),
    (
        "can my girlfriend come to family therapy with me even tho were not married",
        at(FAMILY, "who-can-take-part", "approach"),
    ),
    (
        "im not even sure i want to quit yet, is there counseling for someone like me",
        at(MOTIVATIONAL, "it-starts-where-you-are", "summary"),
    ),
    ("will people at NA judge me for being on suboxone", at(PEER, "finding-the-right-group")),
    (
        "is there a cheaper generic lucemyra or something else my doc can give for kicking",
        at(LOFEXIDINE, "cost", "where-given"),
    ),
]
