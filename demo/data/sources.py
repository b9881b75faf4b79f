"""The sources the demo pages cite, each defined once."""

from .blocks import reference

TIP_63 = reference(
    "Medications for Opioid Use Disorder (Treatment Improvement Protocol 63)",
    "Substance Abuse and Mental Health Services Administration (SAMHSA)",
    2021,
    "https://library.samhsa.gov/product/tip-63-medications-opioid-use-disorder/pep21-02-01-002",
)
NIDA_MEDICATIONS = reference(
    "Medications to Treat Opioid Use Disorder (Research Report)",
    "National Institute on Drug Abuse (NIDA)",
    2021,
    "https://nida.nih.gov/publications/research-reports/medications-to-treat-opioid-addiction/overview",
)
NIDA_PRINCIPLES = reference(
    "Principles of Drug Addiction Treatment: A Research-Based Guide (Third Edition)",
    "National Institute on Drug Abuse (NIDA)",
    2018,
    "https://nida.nih.gov/publications/principles-drug-addiction-treatment-research-based-guide-third-edition",
)
FDA_NALOXONE_OTC = reference(
    "FDA Approves First Over-the-Counter Naloxone Nasal Spray",
    "U.S. Food and Drug Administration (FDA)",
    2023,
    "https://www.fda.gov/news-events/press-announcements/fda-approves-first-over-counter-naloxone-nasal-spray",
)
FDA_LOFEXIDINE = reference(
    "FDA approves the first non-opioid treatment for management of opioid withdrawal symptoms "
    "in adults",
    "U.S. Food and Drug Administration (FDA)",
    2018,
    "https://www.fda.gov/news-events/press-announcements/"
    "fda-approves-first-non-opioid-treatment-management-opioid-withdrawal-symptoms-adults",
)
ACOG_PREGNANCY = reference(
    "Opioid Use and Opioid Use Disorder in Pregnancy (Committee Opinion 711)",
    "American College of Obstetricians and Gynecologists (ACOG)",
    2017,
    "https://www.acog.org/clinical/clinical-guidance/committee-opinion/articles/2017/08/"
    "opioid-use-and-opioid-use-disorder-in-pregnancy",
)
MEDLINEPLUS_WITHDRAWAL = reference(
    "Opiate and opioid withdrawal",
    "MedlinePlus, U.S. National Library of Medicine",
    None,
    "https://medlineplus.gov/ency/article/000949.htm",
)
SAMHSA_OTP_RULE_2024 = reference(
    "Medications for the Treatment of Opioid Use Disorder (42 CFR Part 8 final rule)",
    "Substance Abuse and Mental Health Services Administration (SAMHSA), Federal Register",
    2024,
    "https://www.federalregister.gov/documents/2024/02/02/2024-01693/"
    "medications-for-the-treatment-of-opioid-use-disorder",
)
DEA_X_WAIVER = reference(
    "Dear Registrant letter: elimination of the DATA-Waiver (X-waiver) requirement",
    "U.S. Drug Enforcement Administration (DEA)",
    2023,
    "https://www.deadiversion.usdoj.gov/pubs/docs/A-23-0020-Dear-Registrant-Letter-Signed.pdf",
)
FDA_BUPRENORPHINE_DENTAL = reference(
    "FDA warns about risks of dental problems associated with buprenorphine medicines "
    "dissolved in the mouth",
    "U.S. Food and Drug Administration (FDA)",
    2022,
    "https://www.fda.gov/drugs/drug-safety-and-availability/"
    "fda-warns-about-risks-dental-problems-associated-buprenorphine-medicines-dissolved-mouth-treat",
)
SAMHSA_NALTREXONE = reference(
    "Naltrexone",
    "Substance Abuse and Mental Health Services Administration (SAMHSA)",
    2024,
    "https://www.samhsa.gov/substance-use/treatment/options/naltrexone",
)
FDA_NALMEFENE = reference(
    "FDA approves prescription nasal spray to reverse opioid overdose",
    "U.S. Food and Drug Administration (FDA)",
    2023,
    "https://www.fda.gov/news-events/press-announcements/"
    "fda-approves-prescription-nasal-spray-reverse-opioid-overdose",
)
CDC_XYLAZINE = reference(
    "What you should know about xylazine",
    "Centers for Disease Control and Prevention (CDC)",
    2024,
    "https://www.cdc.gov/overdose-prevention/about/what-you-should-know-about-xylazine.html",
)
COWS_PAPER = reference(
    "The Clinical Opiate Withdrawal Scale (COWS)",
    "Journal of Psychoactive Drugs",
    2003,
    "https://doi.org/10.1080/02791072.2003.10400007",
)
SAMHSA_HELPLINE = reference(
    "SAMHSA's National Helpline",
    "Substance Abuse and Mental Health Services Administration (SAMHSA)",
    2024,
    "https://www.samhsa.gov/find-help/helplines/national-helpline",
)
LIFELINE_988 = reference(
    "988 Suicide & Crisis Lifeline",
    "988 Suicide & Crisis Lifeline",
    None,
    "https://988lifeline.org/",
)
NEVER_USE_ALONE = reference(
    "Never Use Alone hotline",
    "Never Use Alone Inc.",
    None,
    "https://neverusealone.com/",
)
CDC_SYRINGE_SERVICES = reference(
    "Syringe Services Programs",
    "Centers for Disease Control and Prevention (CDC)",
    2024,
    "https://www.cdc.gov/hiv/effective-interventions/prevent/syringe-services-programs/index.html",
)
SAMHSA_PREGNANCY_GUIDE = reference(
    "Clinical Guidance for Treating Pregnant and Parenting Women With Opioid Use Disorder and "
    "Their Infants",
    "Substance Abuse and Mental Health Services Administration (SAMHSA)",
    2018,
    "https://library.samhsa.gov/product/"
    "clinical-guidance-treating-pregnant-and-parenting-women-opioid-use-disorder-and-their/sma18-5054",
)
HHS_PART_2 = reference(
    "Fact Sheet: 42 CFR Part 2 Final Rule (confidentiality of substance use disorder records)",
    "U.S. Department of Health and Human Services (HHS)",
    2024,
    "https://www.hhs.gov/hipaa/for-professionals/regulatory-initiatives/"
    "fact-sheet-42-cfr-part-2-final-rule/index.html",
)
FIND_TREATMENT = reference(
    "FindTreatment.gov",
    "Substance Abuse and Mental Health Services Administration (SAMHSA)",
    None,
    "https://findtreatment.gov/",
)
AAP_ADOLESCENTS = reference(
    "Medication-Assisted Treatment of Adolescents With Opioid Use Disorders (policy statement)",
    "American Academy of Pediatrics (AAP), Pediatrics",
    2016,
    "https://doi.org/10.1542/peds.2016-1893",
)
CRAFT_TRIAL = reference(
    "A randomized trial of two methods for engaging treatment-refusing drug users through "
    "concerned significant others",
    "Journal of Consulting and Clinical Psychology",
    2002,
    "https://doi.org/10.1037/0022-006X.70.5.1182",
)
NAR_ANON = reference(
    "Nar-Anon Family Groups",
    "Nar-Anon Family Group Headquarters",
    None,
    "https://www.nar-anon.org/",
)
