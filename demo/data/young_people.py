"""Treatment for teens and young adults."""

from .blocks import callout, heading, paragraph, question
from .reviewers import PHYSICIAN
from .sources import AAP_ADOLESCENTS, HHS_PART_2, SAMHSA_OTP_RULE_2024

YOUNG_PEOPLE = {
    "slug": "young-people",
    "title": "Teens and young adults",
    "summary": "Teens and young adults who need help with opioids should be offered medicine, "
    "just like adults. Buprenorphine and other medicines can help. Family support and therapy "
    "work best alongside it.",
    "body": [
        heading("Medication is for young people too"),
        paragraph(
            "<p>Doctors who care for children recommend offering medication to teens and "
            "young adults with opioid use disorder. Medication helps them stay in treatment "
            "and lowers their risk of overdose.</p>"
        ),
        question(
            "Does my teen have to fail treatment before getting methadone?",
            "<p>No. Under the 2024 federal rule, people under 18 no longer have to fail "
            "treatment twice before an opioid treatment program can admit them.</p>",
        ),
        question(
            "Which medicine is used for teens?",
            "<p>Buprenorphine is often used for teens, and methadone and naltrexone are "
            "options too. A clinician helps choose the one that fits.</p>",
        ),
        heading("Family and therapy"),
        paragraph(
            "<p>Family therapy and talking therapies help young people stay in treatment and "
            "use less. They work best together with medication.</p>"
        ),
        heading("Privacy for young people"),
        paragraph(
            "<p>Treatment records are protected by a federal privacy rule. Rules about what "
            "parents can see differ from state to state, so ask the program how it handles "
            "this.</p>"
        ),
        callout(
            "warning",
            "Overdose risk is real at any age",
            "<p>Pills bought from friends or online can contain fentanyl. Keep naloxone at "
            "home, and learn the signs of an overdose.</p>",
        ),
    ],
    "references": [AAP_ADOLESCENTS, SAMHSA_OTP_RULE_2024, HHS_PART_2],
    "reviewed_by": PHYSICIAN,
}
