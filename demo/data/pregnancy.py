"""Pregnancy and breastfeeding with opioid use disorder."""

from .blocks import callout, heading, paragraph, question
from .reviewers import PHYSICIAN
from .sources import ACOG_PREGNANCY, SAMHSA_OTP_RULE_2024, SAMHSA_PREGNANCY_GUIDE

PREGNANCY = {
    "slug": "pregnancy-and-breastfeeding",
    "title": "Pregnancy and breastfeeding",
    "summary": "If you are pregnant and use opioids, treatment with methadone or "
    "buprenorphine is the safest choice for you and your baby. It is safer than stopping "
    "suddenly. You can often breastfeed while on treatment.",
    "body": [
        heading("Treatment during pregnancy"),
        paragraph(
            "<p>Doctors recommend methadone or buprenorphine during pregnancy. These medicines "
            "keep your body steady, so you and your baby avoid the ups and downs of withdrawal "
            "and the dangers of street drugs.</p>"
        ),
        question(
            "Is methadone safe when I am pregnant?",
            "<p>Yes. Methadone is a recommended treatment in pregnancy. Your dose may need to "
            "change as your pregnancy goes on, so keep seeing your clinic.</p>",
        ),
        question(
            "Is buprenorphine safe when I am pregnant?",
            "<p>Yes. Buprenorphine is also a recommended treatment in pregnancy. If you "
            "already take it, do not stop: talk with your care team about your dose.</p>",
        ),
        question(
            "Should I go through withdrawal while I am pregnant?",
            "<p>Doctors do not recommend it. Going through withdrawal on your own raises the "
            "chance that you use again and overdose. Medication is the safer choice.</p>",
        ),
        callout(
            "warning",
            "Do not stop suddenly",
            "<p>Stopping opioids or your medicine all at once can be dangerous for you and "
            "your baby. Talk with a clinician first, even if you feel afraid to.</p>",
        ),
        heading("Getting in quickly"),
        paragraph(
            "<p>Pregnant people get priority admission at opioid treatment programs in the "
            "US. Tell the program you are pregnant when you call.</p>"
        ),
        heading("After your baby is born"),
        paragraph(
            "<p>Some babies have withdrawal signs after birth, such as crying a lot, trouble "
            "feeding or sleeping, or being shaky. This is called neonatal withdrawal. It is "
            "treatable, and hospitals know how to care for it.</p>"
        ),
        question(
            "What helps a baby with withdrawal signs?",
            "<p>Staying close to your baby helps: holding them skin to skin, feeding them and "
            "keeping the room calm and quiet. Some babies also need medicine for a short "
            "time.</p>",
        ),
        heading("Breastfeeding on medication"),
        paragraph(
            "<p>Breastfeeding is encouraged if you are stable on methadone or buprenorphine. "
            "Only a small amount of the medicine gets into breast milk. Breastfeeding can also "
            "ease your baby's withdrawal signs.</p>"
        ),
        question(
            "When should I not breastfeed?",
            "<p>Ask your care team. They may advise against it if you are still using other "
            "drugs or have certain infections, such as HIV.</p>",
        ),
    ],
    "references": [ACOG_PREGNANCY, SAMHSA_PREGNANCY_GUIDE, SAMHSA_OTP_RULE_2024],
    "reviewed_by": PHYSICIAN,
}
