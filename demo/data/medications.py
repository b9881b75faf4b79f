"""The medications section: its index page and one page per medication."""

import datetime

from .blocks import callout, heading, lines, paragraph, question, with_defaults
from .reviewers import PHARMACIST, PHYSICIAN
from .sources import (
    ACOG_PREGNANCY,
    DEA_X_WAIVER,
    FDA_BUPRENORPHINE_DENTAL,
    FDA_LOFEXIDINE,
    FDA_NALMEFENE,
    FDA_NALOXONE_OTC,
    NIDA_MEDICATIONS,
    SAMHSA_NALTREXONE,
    SAMHSA_OTP_RULE_2024,
    TIP_63,
)

MEDICATION_INDEX = {
    "slug": "medications",
    "title": "Medications",
    "show_in_menus": True,
    "introduction": "Medication is the most effective treatment for opioid addiction. Compare "
    "the medicines that treat the addiction itself (methadone, buprenorphine and naltrexone), "
    "the one that reverses an overdose (naloxone) and one that eases withdrawal (lofexidine).",
}

MEDICATIONS_REVIEWED = datetime.date(2026, 10, 12)

MEDICATIONS = [
    {
        "slug": "methadone",
        "title": "Methadone",
        "summary": "Methadone is a long-acting opioid taken once a day by mouth. It stops "
        "withdrawal and eases cravings without the highs and lows of heroin. In the US it is "
        "given at certified opioid treatment programs. It is one of the most effective "
        "treatments for opioid addiction.",
        "generic_name": "Methadone",
        "brand_names": "Dolophine, Methadose",
        "medication_class": "full_agonist",
        "uses": ["withdrawal", "maintenance"],
        "routes": ["oral_liquid", "tablet"],
        "how_often": "Once a day",
        "how_it_works": "Methadone attaches to the same parts of the brain (opioid receptors) "
        "as heroin and fully switches them on. But it works slowly and lasts about a day, so "
        "there is no rush and no crash. A steady daily dose stops withdrawal and cravings.",
        "where_given": "In the US, methadone for addiction is given only at certified opioid "
        "treatment programs (OTPs), sometimes called methadone clinics. At first you take each "
        "dose at the clinic. Under the federal rule updated in 2024, your clinician can let "
        "you take doses home early in treatment, based on how you are doing. There is no set "
        "waiting time. Your first exam can be done by video. Counseling is offered, but you can "
        "get medication even if you do not take part.",
        "who_can_prescribe": "Clinicians working at a certified opioid treatment program (US).",
        "dependence_potential": "yes",
        "common_side_effects": lines(
            "Constipation",
            "Sweating",
            "Sleepiness, mostly while the dose is being adjusted",
            "Nausea",
            "Lower sex drive",
        ),
        "serious_warnings": lines(
            "The first two weeks carry the highest risk of overdose, because methadone builds up "
            "in the body over several days. Doctors start with a low dose and raise it slowly. "
            "If you are very sleepy or breathing slowly, someone should call 911 and give "
            "naloxone. Do not take other opioids or sedatives.",
            "Breathing can slow down or stop if you also take benzodiazepines, alcohol or "
            "other sedatives.",
            "It can change the heart's rhythm (a longer QT interval). Your clinic may check "
            "with a heart test (ECG).",
            "Keep take-home doses locked away: a single dose can kill a child or someone who "
            "does not use opioids.",
            "Do not stop suddenly. Your body depends on it, so lower the dose slowly with "
            "your care team.",
        ),
        "pregnancy_and_breastfeeding": "Methadone is a recommended option during pregnancy. "
        "Staying on it is safer for you and your baby than stopping or going back to heroin. "
        "Some babies have withdrawal signs after birth, and hospitals know how to treat them. "
        "Talk to your care team about breastfeeding.",
        "cost_and_coverage": "In the US, Medicaid, Medicare and many private insurance plans "
        "cover treatment at opioid treatment programs. Many clinics offer lower fees for "
        "people without insurance.",
        "body": [
            heading("Starting methadone"),
            paragraph(
                "<p>On your first day, the clinic gives you a low dose and watches how you feel. "
                "The dose goes up bit by bit over the first weeks until withdrawal and cravings "
                "stop. Feeling sleepy or \u201chigh\u201d means the dose is too strong: tell "
                "the staff.</p>"
            ),
            callout(
                "warning",
                "The first two weeks are the riskiest",
                "<p>Methadone builds up slowly, so a dose that feels fine on day 1 can be too "
                "strong by day 4. If you are very sleepy, hard to wake or breathing slowly, "
                "the people with you should call 911 and give naloxone. Do not take other "
                "opioids or sedatives while your dose is being set.</p>",
            ),
            question(
                "When can I take doses home?",
                "<p>Since 2024, the federal rule lets your clinician decide when take-home "
                "doses are safe for you, even early in treatment. There is no set waiting "
                "time. Keep them locked away from children and others.</p>",
            ),
            callout(
                "warning",
                "Do not mix with sedatives or alcohol",
                "<p>Methadone together with benzodiazepines (such as Xanax or Valium), alcohol "
                "or sleeping pills can stop your breathing. Tell your clinic about every "
                "medicine you take.</p>",
            ),
            question(
                "How long will I need to take methadone?",
                "<p>There is no set time limit. Many people do best staying on it for years. "
                "If you want to stop, your care team will lower the dose slowly.</p>",
            ),
        ],
        "references": [SAMHSA_OTP_RULE_2024, NIDA_MEDICATIONS, ACOG_PREGNANCY],
        "reviewed_by": PHYSICIAN,
    },
    {
        "slug": "buprenorphine",
        "title": "Buprenorphine",
        "summary": "Buprenorphine is an opioid medicine with a built-in limit. It eases "
        "withdrawal and cravings, but its effect stops growing above a certain dose. You take "
        "it as a film or tablet that melts in your mouth, or as a shot once a week or once a "
        "month. In the US many doctors and nurses can prescribe it.",
        "generic_name": "Buprenorphine",
        "brand_names": "Generic tablets, Suboxone, Zubsolv, Sublocade, Brixadi",
        "medication_class": "partial_agonist",
        "uses": ["withdrawal", "maintenance"],
        "routes": ["sublingual_buccal", "extended_release_injection"],
        "how_often": "Once a day: tablets under the tongue, films under the tongue or in the "
        "cheek. Or a weekly or monthly injection",
        "how_it_works": "Buprenorphine attaches tightly to the opioid receptors but only "
        "partly switches them on. This is enough to stop withdrawal and cravings. Above a "
        "certain dose its effect stops growing (a \u201cceiling\u201d), which makes it safer. "
        "In Suboxone and Zubsolv it is mixed with naloxone to discourage injecting it.",
        "where_given": "At a doctor's office, health center or clinic, or by telehealth (a "
        "video or phone visit), including the first prescription. Films and tablets are "
        "picked up at a pharmacy. The weekly and monthly injections are given by a "
        "clinician.",
        "who_can_prescribe": "In the US, since the start of 2023 any clinician with a DEA "
        "registration for "
        "schedule III drugs can prescribe it. The special \u201cX-waiver\u201d is no longer "
        "needed.",
        "dependence_potential": "lower",
        "common_side_effects": lines(
            "Constipation",
            "Headache",
            "Nausea",
            "Trouble sleeping",
            "Sweating",
            "Pain, redness or a lump where the shot was given (injections)",
        ),
        "serious_warnings": lines(
            "Taken too soon after heroin or fentanyl, it can cause sudden, strong withdrawal "
            "(precipitated withdrawal). Wait until withdrawal has clearly started, usually 12 "
            "hours or more after heroin and longer after fentanyl. If it happens, contact your "
            "prescriber: more buprenorphine often helps.",
            "The ceiling lowers the risk of overdose but does not remove it, especially with "
            "benzodiazepines, alcohol or other sedatives.",
            "Medicines that dissolve in the mouth can cause tooth decay and other dental "
            "problems (FDA, 2022). After it dissolves, rinse with water, wait an hour before "
            "brushing, and tell your dentist you take it.",
            "Keep it away from children: it can be deadly for a child.",
            "Do not stop suddenly. Lower the dose slowly with your care team.",
        ),
        "pregnancy_and_breastfeeding": "Buprenorphine is a recommended option during "
        "pregnancy. Staying on treatment protects you and your baby. Some babies have "
        "withdrawal signs after birth, which can be treated. Talk to your care team about "
        "breastfeeding.",
        "cost_and_coverage": "Generic films and tablets cost less than brand names. The Subutex "
        "brand is no longer sold in the US: plain buprenorphine tablets are generic. In the US, "
        "Medicaid and most insurance plans cover buprenorphine, though some need approval "
        "first.",
        "body": [
            heading("Starting buprenorphine"),
            paragraph(
                "<p>You take your first dose when you already feel withdrawal, such as "
                "sweating, aches and yawning. Starting this way is called "
                "\u201cinduction\u201d. It can be done at home or in the clinic. Your "
                "clinician will tell you how long to wait after your last use.</p>"
            ),
            callout(
                "warning",
                "After fentanyl, starting too soon can make you very sick",
                "<p>Fentanyl stays in the body longer than heroin. If buprenorphine is taken "
                "too soon, it can set off sudden, severe withdrawal. Wait longer than you "
                "would after heroin, or ask about a low-dose start, where you begin with very "
                "small doses while still using. If sudden withdrawal happens, contact your "
                "prescriber: more buprenorphine often helps.</p>",
            ),
            question(
                "How much buprenorphine can I take in a day?",
                "<p>There is no single maximum that fits everyone. Your prescriber sets the "
                "dose that stops your withdrawal and cravings, and changes it if needed.</p>",
            ),
            question(
                "Can my regular doctor prescribe it?",
                "<p>In the US, probably yes. Since 2023 any clinician who can prescribe "
                "schedule III medicines may prescribe buprenorphine for addiction. Many "
                "people also start and continue it by telehealth.</p>",
            ),
            question(
                "Is buprenorphine also used for pain?",
                "<p>Yes. Other forms of buprenorphine, such as skin patches, are used to treat "
                "pain. The forms for opioid use disorder are different products with their "
                "own doses.</p>",
            ),
            question(
                "Why do I have to keep it under my tongue?",
                "<p>Tablets and films work only if they dissolve in the mouth. Tablets go "
                "under the tongue. Films go under the tongue or inside the cheek. Swallowing "
                "them wastes most of the dose.</p>",
            ),
        ],
        "references": [DEA_X_WAIVER, FDA_BUPRENORPHINE_DENTAL, ACOG_PREGNANCY],
        "reviewed_by": PHYSICIAN,
    },
    {
        "slug": "naltrexone",
        "title": "Naltrexone",
        "summary": "Naltrexone blocks opioids, so usual amounts have little or no effect. It "
        "is not an opioid and is not addictive. It helps prevent a return to use after detox. "
        "It comes as a daily tablet or a monthly shot. You must be free of opioids for 7 to 10 "
        "days before you start.",
        "generic_name": "Naltrexone",
        "brand_names": "Revia, Vivitrol",
        "medication_class": "antagonist",
        "uses": ["relapse_prevention"],
        "routes": ["tablet", "extended_release_injection"],
        "how_often": "A tablet once a day, or an injection into a muscle once a month",
        "how_it_works": "Naltrexone sits on the opioid receptors and blocks them without "
        "switching them on. If you use heroin or other opioids, you feel little or no "
        "effect. Many people also notice fewer cravings.",
        "where_given": "Any doctor's office or clinic. Tablets come from a pharmacy. The "
        "monthly injection is given by a nurse or doctor.",
        "who_can_prescribe": "Any clinician who can prescribe medicines. It is not a "
        "controlled substance.",
        "dependence_potential": "none",
        "common_side_effects": lines(
            "Nausea",
            "Headache",
            "Dizziness",
            "Tiredness",
            "Pain, swelling or a lump where the shot was given",
        ),
        "serious_warnings": lines(
            "You must be free of all opioids for 7 to 10 days first, and up to about 2 weeks "
            "after methadone or buprenorphine. Otherwise it causes sudden, severe withdrawal.",
            "Trying to get past the block by using large amounts of opioids can cause a fatal "
            "overdose.",
            "After you stop naltrexone or miss a dose, you are far more sensitive to opioids "
            "than before. An amount you once used can kill you.",
            "The shot can cause reactions where it was given, some of them severe. Tell your "
            "clinician about pain, swelling, hard lumps, blisters or an open wound there.",
            "Tell your clinician or call 988 if you feel depressed or have thoughts of harming "
            "yourself.",
            "It can affect the liver. Tell your clinician about stomach pain that lasts, dark "
            "urine or yellow skin or eyes.",
            "It also blocks opioid pain medicines. Tell every doctor and dentist that you take it.",
        ),
        "pregnancy_and_breastfeeding": "There is only limited information about naltrexone in "
        "pregnancy. If you are pregnant or planning a pregnancy, talk to your care team about "
        "the best option for you.",
        "cost_and_coverage": "Tablets are low-cost generics. The monthly injection costs much "
        "more, but in the US Medicaid and many insurance plans cover it.",
        "body": [
            heading("Getting ready to start"),
            paragraph(
                "<p>Because naltrexone pushes opioids off the receptors, you need to finish "
                "withdrawal first. Many people start it at the end of detox. After methadone "
                "or buprenorphine, the wait can be longer, up to about 2 weeks. Your clinician "
                "may do a urine test or give a small test dose first.</p>"
            ),
            callout(
                "warning",
                "Lower tolerance, higher risk",
                "<p>Detox takes away your tolerance, and naltrexone does not bring it back. "
                "While the block lasts, usual amounts of opioids do little. But using a lot to "
                "push past the block can kill. After you stop naltrexone or miss a dose or "
                "shot, even a small amount can cause a deadly overdose. Keep naloxone "
                "nearby.</p>",
            ),
            question(
                "Is naltrexone a good fit for me?",
                "<p>It can suit people who have already stopped opioids and want extra "
                "protection, or who cannot take methadone or buprenorphine. Talk through the "
                "options with your care team.</p>",
            ),
        ],
        "references": [SAMHSA_NALTREXONE, TIP_63, NIDA_MEDICATIONS],
        "reviewed_by": PHARMACIST,
    },
    {
        "slug": "naloxone",
        "title": "Naloxone",
        "summary": "Naloxone reverses an opioid overdose within minutes. Anyone can give it. "
        "In the US, the nasal spray has been sold over the counter since 2023. It wears off "
        "in 30 to 90 minutes, so always call 911 as well.",
        "show_emergency_guidance": True,
        "generic_name": "Naloxone",
        "brand_names": "Narcan, RiVive, Kloxxado, Zimhi",
        "medication_class": "antagonist",
        "uses": ["overdose_reversal"],
        "routes": ["nasal_spray", "injection"],
        "how_often": "In an emergency. If breathing is not back to normal after 2 to 3 "
        "minutes, give another dose (a new device, in the other nostril), and keep going every "
        "2 to 3 minutes until help arrives.",
        "how_it_works": "Naloxone pushes opioids off the receptors in the brain and blocks "
        "them for a short time. This can restart breathing within minutes. It does nothing "
        "if the person has not taken opioids, so it is safe to give if you are not sure.",
        "where_given": "Anywhere an overdose happens. In the US you can buy the nasal spray at "
        "pharmacies and stores without a prescription. Many health departments and community "
        "programs give it out free.",
        "who_can_prescribe": "No prescription is needed for the standard nasal spray in the "
        "US. Injections and higher-dose sprays may need a prescription.",
        "dependence_potential": "none",
        "common_side_effects": lines(
            "Sudden withdrawal in people who use opioids: aches, sweating, runny nose, nausea "
            "or vomiting",
            "Fast heartbeat",
            "Feeling upset or agitated on waking",
            "Dry or stuffy nose (nasal spray)",
        ),
        "serious_warnings": lines(
            "It wears off in 30 to 90 minutes, but many opioids last longer. The overdose can "
            "come back: always call 911 and stay with the person.",
            "Fentanyl and other strong opioids may need several doses.",
            "Naloxone does not reverse xylazine (\u201ctranq\u201d) or sedatives. A person may "
            "breathe again but not wake up: still give naloxone, because the drugs are usually "
            "mixed with fentanyl, and call 911.",
            "The person may wake up in withdrawal. Stay calm and keep them from using more "
            "opioids.",
        ),
        "pregnancy_and_breastfeeding": "Naloxone is safe to give to a pregnant person in an "
        "emergency. Saving the parent's life also protects the baby.",
        "cost_and_coverage": "In the US, the nasal spray is sold over the counter. Many "
        "insurance plans cover it, and many health departments and community groups give it "
        "out for free.",
        "body": [
            heading("Be ready to save a life"),
            paragraph(
                "<p>Keep naloxone with you if you, a friend or a family member uses opioids. "
                "Tell people where it is. Check the expiry date on the box.</p>"
            ),
            question(
                "How do I know someone is overdosing?",
                "<p>Signs of an opioid overdose: the person cannot be woken up; their "
                "breathing is slow or has stopped, or sounds like gurgling or choking; their "
                "pupils are very small (pinpoint); their lips and nails look blue or grey; "
                "their body is limp. If you are not sure, give naloxone anyway: it cannot "
                "harm someone who has not taken opioids.</p>",
            ),
            callout(
                "emergency",
                "Give naloxone and call 911",
                "<p>If someone will not wake up or is barely breathing, give naloxone and call "
                "911 (US). If two of you are there, one calls while the other gives it. If "
                "breathing is not back to normal after 2 to 3 minutes, give another dose in "
                "the other nostril. Stay with them until help arrives.</p>",
            ),
            question(
                "Which naloxone should I buy?",
                "<p>Narcan and RiVive nasal sprays are sold without a prescription. Kloxxado "
                "is a stronger 8 mg nasal spray, and Zimhi and generic naloxone are given as "
                "a shot. Any of them can save a life. A second overdose medicine, nalmefene, "
                "lasts longer.</p>",
            ),
            question(
                "Can I get in trouble for calling 911?",
                "<p>Most US states have Good Samaritan laws. They protect people who call for "
                "help during an overdose from some drug charges.</p>",
            ),
        ],
        "references": [FDA_NALOXONE_OTC, TIP_63, NIDA_MEDICATIONS],
        "reviewed_by": PHARMACIST,
    },
    {
        "slug": "nalmefene",
        "title": "Nalmefene",
        "summary": "Nalmefene reverses an opioid overdose, like naloxone, but it lasts longer. "
        "In the US it comes as a nasal spray called Opvee (approved in 2023) and a shot called "
        "Zurnai (approved in 2024). It needs a prescription. Always call 911 as well.",
        "show_emergency_guidance": True,
        "generic_name": "Nalmefene",
        "brand_names": "Opvee, Zurnai",
        "medication_class": "antagonist",
        "uses": ["overdose_reversal"],
        "routes": ["nasal_spray", "injection"],
        "how_often": "In an emergency: one spray into the nose, or one shot from the pen. "
        "Give another dose if breathing is not back to normal after 2 to 3 minutes.",
        "how_it_works": "Nalmefene pushes opioids off the receptors in the brain and blocks "
        "them, so breathing can start again. It stays in the body longer than naloxone does.",
        "where_given": "Anywhere an overdose happens. Opvee nasal spray is for people aged 12 "
        "and older. Zurnai is an auto-injector: a pen that gives the shot for you.",
        "who_can_prescribe": "Any clinician who can prescribe medicines. In the US, nalmefene "
        "needs a prescription. Naloxone nasal spray does not.",
        "dependence_potential": "none",
        "common_side_effects": lines(
            "Sudden withdrawal in people who use opioids, which can last longer than after "
            "naloxone",
            "Headache",
            "Nausea or vomiting",
            "Dizziness",
            "Stuffy or sore nose (nasal spray)",
        ),
        "serious_warnings": lines(
            "Always call 911: the person needs medical care even if they wake up.",
            "Withdrawal after nalmefene can be strong and last longer than after naloxone. Stay "
            "with the person and keep them from using more opioids.",
            "It does not reverse xylazine (\u201ctranq\u201d) or sedatives: give it anyway and "
            "call 911.",
        ),
        "pregnancy_and_breastfeeding": "In an emergency, reversing an overdose in a pregnant "
        "person comes first: saving the parent's life also protects the baby.",
        "cost_and_coverage": "Nalmefene is a prescription medicine. Check with your insurance "
        "plan. Naloxone nasal spray costs less and is sold without a prescription.",
        "body": [
            heading("Nalmefene or naloxone?"),
            paragraph(
                "<p>Both reverse an overdose. Naloxone wears off in 30 to 90 minutes. "
                "Nalmefene lasts longer, which can help after strong opioids such as fentanyl. "
                "But the withdrawal it causes can also last longer. Naloxone is sold without "
                "a prescription, so it is the easiest to get.</p>"
            ),
            callout(
                "emergency",
                "Give it and call 911",
                "<p>If someone will not wake up or is barely breathing, give the spray or the "
                "shot and call 911. If breathing is not back to normal after 2 to 3 minutes, "
                "give another dose. Stay with them until help arrives.</p>",
            ),
            question(
                "Who can use Opvee and Zurnai?",
                "<p>Opvee nasal spray is approved for people aged 12 and older. Zurnai is an "
                "auto-injector, a pen that gives the shot for you. Ask a pharmacist which one "
                "fits your needs.</p>",
            ),
        ],
        "references": [FDA_NALMEFENE, FDA_NALOXONE_OTC, TIP_63],
        "reviewed_by": PHARMACIST,
    },
    {
        "slug": "lofexidine",
        "title": "Lofexidine",
        "summary": "Lofexidine is not an opioid. It eases withdrawal symptoms such as "
        "sweating, chills, aches and anxiety. It was approved in the US in 2018 for use for "
        "up to 14 days. It helps you get through withdrawal but does not treat the addiction "
        "itself.",
        "generic_name": "Lofexidine",
        "brand_names": "Lucemyra",
        "medication_class": "non_opioid",
        "uses": ["withdrawal"],
        "routes": ["tablet"],
        "how_often": "Tablets four times a day, for up to 14 days",
        "how_it_works": "During withdrawal, the body's alarm system goes into overdrive. "
        "Lofexidine calms it down. This eases sweating, chills, aches, runny nose and "
        "anxiety. It does not act on the opioid receptors.",
        "where_given": "At home with a prescription, or in a detox program or hospital.",
        "who_can_prescribe": "Any clinician who can prescribe medicines. It is not a "
        "controlled substance. Clonidine, an older blood pressure medicine, is sometimes used "
        "off-label in the same way.",
        "dependence_potential": "none",
        "common_side_effects": lines(
            "Dizziness or feeling faint",
            "Sleepiness",
            "Dry mouth",
            "Low blood pressure",
            "Slow heartbeat",
        ),
        "serious_warnings": lines(
            "It can lower your blood pressure and make you faint. Stand up slowly and drink "
            "enough fluids.",
            "It can slow the heart and change its rhythm (a longer QT interval).",
            "Alcohol and sedatives make the sleepiness worse.",
            "Do not stop suddenly: your blood pressure can jump. Lower the dose over 2 to 4 days.",
            "After withdrawal your tolerance is gone. Using opioids again can cause an overdose.",
        ),
        "pregnancy_and_breastfeeding": "There is only limited information about lofexidine in "
        "pregnancy and breastfeeding. Talk to your care team first.",
        "cost_and_coverage": "A generic version of lofexidine was approved in 2024, so it may "
        "cost less than the Lucemyra brand. Check with your insurance plan. Clonidine is a "
        "low-cost option your clinician may suggest.",
        "body": [
            heading("Part of a bigger plan"),
            paragraph(
                "<p>Lofexidine makes withdrawal easier, but it does not stop cravings for long. "
                "Use it as a step into ongoing treatment, such as naltrexone, buprenorphine or "
                "methadone, plus therapy.</p>"
            ),
            callout(
                "note",
                "Other help for withdrawal",
                "<p>Your clinician may also suggest medicine for nausea, loperamide for "
                "diarrhea, pain relievers and something to help you sleep.</p>",
            ),
            question(
                "Will lofexidine stop all my symptoms?",
                "<p>Probably not. It makes them milder, but some discomfort is normal. Tell "
                "your clinician if you cannot keep fluids down.</p>",
            ),
        ],
        "references": [FDA_LOFEXIDINE, TIP_63],
        "reviewed_by": PHARMACIST,
    },
]

MEDICATIONS = with_defaults(MEDICATIONS, last_reviewed=MEDICATIONS_REVIEWED)
