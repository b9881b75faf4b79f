"""The therapies section: its index page and one page per therapy."""

import datetime

from .blocks import callout, heading, paragraph, question, with_defaults
from .reviewers import COUNSELOR
from .sources import NIDA_PRINCIPLES, TIP_63

THERAPY_INDEX = {
    "slug": "therapies",
    "title": "Therapies and support",
    "show_in_menus": True,
    "introduction": "Talking therapies, rewards for progress, family work and peer support help "
    "people change habits and rebuild their lives. They work best when combined with "
    "medication. Find out what each one involves and where it is offered.",
}

THERAPIES_REVIEWED = datetime.date(2026, 9, 28)
PAIRS_WITH = ["methadone", "buprenorphine", "naltrexone"]
THERAPY_BODY_CLOSING = callout(
    "note",
    "Best with medication",
    "<p>Therapy works best together with medication such as methadone, buprenorphine or "
    "naltrexone. You do not have to choose one or the other.</p>",
)

THERAPIES = [
    {
        "slug": "cognitive-behavioral-therapy",
        "title": "Cognitive-behavioral therapy (CBT)",
        "summary": "CBT helps you spot the thoughts, feelings and situations that lead to "
        "opioid use, and learn new ways to cope. It is a short course of weekly sessions, "
        "alone or in a group.",
        "approach": "You and a therapist look at what happens before you use: where you are, "
        "who you are with, what you think and feel. You practice skills to handle cravings, "
        "say no, solve problems and plan for risky moments. Between sessions you try the "
        "skills in daily life.",
        "care_settings": ["outpatient", "intensive_outpatient", "short_term_residential"],
        "formats": ["individual", "group"],
        "typical_duration": "Weekly sessions for about 12 to 16 weeks",
        "evidence_summary": "Many studies show CBT helps people use less and avoid relapse. "
        "The skills tend to last after therapy ends. It works best alongside medication.",
        "body": [
            heading("What a session is like"),
            paragraph(
                "<p>Sessions usually last about an hour. You talk about the past week, learn "
                "or practice one skill, and plan what to try next.</p>"
            ),
            question(
                "Do I have to talk about my childhood?",
                "<p>Not usually. CBT focuses on the here and now and on practical skills.</p>",
            ),
            THERAPY_BODY_CLOSING,
        ],
        "references": [NIDA_PRINCIPLES, TIP_63],
    },
    {
        "slug": "contingency-management",
        "title": "Contingency management",
        "summary": "Contingency management gives you small rewards, such as vouchers or "
        "prizes, when you reach goals. Goals can be a negative drug test or showing up to "
        "treatment. It is one of the best-tested ways to help people cut down.",
        "approach": "You agree on clear goals with your program, such as a negative urine test "
        "or coming to every session. Each time you meet a goal, you earn a reward, like a "
        "voucher for food or a chance to win a prize. Rewards often grow the longer you keep "
        "going.",
        "care_settings": ["outpatient", "intensive_outpatient"],
        "formats": ["individual", "group"],
        "typical_duration": "Usually 12 weeks or more, with testing once or twice a week",
        "evidence_summary": "Strong evidence shows that rewards help people stay off drugs and "
        "keep coming to treatment while the program runs. Combining it with medication gives "
        "the best results.",
        "body": [
            heading("Why rewards help"),
            paragraph(
                "<p>Drugs give a quick reward, and recovery pays off slowly. Contingency "
                "management adds a quick, real reward for healthy choices, so they are easier "
                "to keep making.</p>"
            ),
            question(
                "What happens if I test positive?",
                "<p>You do not earn that reward, but you are not thrown out. The next "
                "negative test earns a reward again.</p>",
            ),
            THERAPY_BODY_CLOSING,
        ],
        "references": [NIDA_PRINCIPLES, TIP_63],
    },
    {
        "slug": "motivational-interviewing",
        "title": "Motivational interviewing",
        "summary": "Motivational interviewing is a friendly, respectful talk with a "
        "counselor. It helps you sort out mixed feelings about change. You find your own "
        "reasons to start or stay in treatment.",
        "approach": "A counselor listens without judging and asks open questions. Together "
        "you look at what you want, what worries you, and how opioid use fits with your "
        "goals. You decide what to change and when.",
        "care_settings": ["outpatient", "intensive_outpatient", "inpatient"],
        "formats": ["individual"],
        "typical_duration": "Often 1 to 4 sessions, sometimes as part of other treatment",
        "evidence_summary": "Motivational interviewing helps people start treatment and stay "
        "in it. On its own it has a smaller effect on opioid use, so it is usually combined "
        "with medication and other therapy.",
        "body": [
            heading("It starts where you are"),
            paragraph(
                "<p>You do not need to be sure you want to stop. The counselor helps you "
                "think it through at your own pace.</p>"
            ),
            THERAPY_BODY_CLOSING,
        ],
        "references": [NIDA_PRINCIPLES, TIP_63],
    },
    {
        "slug": "family-therapy",
        "title": "Family therapy",
        "summary": "Family therapy brings you and the people close to you together with a "
        "therapist. It helps families talk, rebuild trust and support recovery. It is "
        "especially helpful for teens and young adults.",
        "approach": "The therapist meets with you and your family, partner or other close "
        "people. You work on communication, setting limits, solving problems together and "
        "handling conflict. Family members also learn how to look after themselves.",
        "care_settings": ["outpatient", "intensive_outpatient", "long_term_residential"],
        "formats": ["family"],
        "typical_duration": "Weekly sessions for about 3 to 6 months",
        "evidence_summary": "Research shows family therapy helps people, especially young "
        "people, stay in treatment and use less. It also improves family life.",
        "body": [
            heading("Who can take part"),
            paragraph(
                "<p>Anyone who plays an important role in your life: parents, partners, "
                "children, or close friends.</p>"
            ),
            question(
                "What if my family will not come?",
                "<p>Family members can also get help on their own, and you can still get "
                "treatment. Ask your program about family support groups.</p>",
            ),
            THERAPY_BODY_CLOSING,
        ],
        "references": [NIDA_PRINCIPLES, TIP_63],
    },
    {
        "slug": "peer-support-and-12-step-facilitation",
        "title": "Peer support and 12-step facilitation",
        "summary": "Peer support connects you with people who have "
        "been through it themselves. Groups such as Narcotics Anonymous and SMART Recovery "
        "meet in person and online. A counselor can help you get started.",
        "approach": "In 12-step facilitation, a counselor helps you understand and join a "
        "12-step group such as Narcotics Anonymous. Other groups, such as SMART Recovery, "
        "use practical skills instead of 12 steps. Peer recovery coaches, who have lived "
        "experience, can also help you find services and stay on track.",
        "care_settings": [
            "outpatient",
            "intensive_outpatient",
            "short_term_residential",
            "long_term_residential",
        ],
        "formats": ["individual", "group"],
        "typical_duration": "About 12 weekly counseling sessions; groups can continue as long "
        "as you like",
        "evidence_summary": "People who take part in mutual-help groups tend to stay in "
        "recovery longer. Groups add to treatment with medication; they do not replace it.",
        "body": [
            heading("Finding the right group"),
            paragraph(
                "<p>Try a few meetings before you decide. Groups differ a lot in size, style "
                "and views.</p>"
            ),
            callout(
                "note",
                "Medication is treatment, not relapse",
                "<p>Some group members may not approve of medication. Taking methadone, "
                "buprenorphine or naltrexone as prescribed is part of recovery. Look for a "
                "group that supports your plan.</p>",
            ),
        ],
        "references": [NIDA_PRINCIPLES, TIP_63],
    },
    {
        "slug": "community-reinforcement-approach",
        "title": "Community reinforcement approach",
        "summary": "This approach helps you build a life you enjoy without "
        "drugs. You work on jobs, friends, family, hobbies and daily habits. When life feels "
        "good, it is easier to stay away from opioids.",
        "approach": "A counselor helps you find what you enjoy and value, then build more of "
        "it into your life. You may work on job skills, relationships, leisure activities and "
        "handling cravings. It is often combined with vouchers for negative drug tests.",
        "care_settings": ["outpatient", "intensive_outpatient"],
        "formats": ["individual", "family"],
        "typical_duration": "Weekly sessions for about 6 months",
        "evidence_summary": "Studies show it helps people stay in treatment and use fewer "
        "drugs, especially when combined with rewards and with medication.",
        "body": [
            heading("Making recovery worth it"),
            paragraph(
                "<p>The idea is simple: when life without drugs feels good, it is easier to "
                "stay with it.</p>"
            ),
            THERAPY_BODY_CLOSING,
        ],
        "references": [NIDA_PRINCIPLES, TIP_63],
    },
]
THERAPIES = with_defaults(
    THERAPIES, medications=PAIRS_WITH, reviewed_by=COUNSELOR, last_reviewed=THERAPIES_REVIEWED
)
