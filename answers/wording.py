"""How questions and passages are cut into comparable terms: everyday words dropped, endings
folded ("withdrawals", "withdrawal" and "withdraw" are one term), and misspellings mended
against the words the passages use."""

import difflib
import functools
import re

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# Words that carry no subject in a reader's question.
STOPWORD_TEXT = """
a about after again all also am an and any anyone are as at be been before being but by can
cant could did didnt do does doesnt doing dont for from get gets getting go going got had has
have having he her here hers him his how i id if ill im in into is isnt it its ive just know me
might more most much my myself need needs no not now of ok on once one only or other our
out over please really she should so some someone something tell than that thats the their them
then there these they thing things this those to too u up us very want wants was we were what
whats when where which while who whom why will with would you your youre yours ya hey hi thanks
thank actually still ever even off
hes shes wont wouldnt couldnt shouldnt arent wasnt werent havent hasnt hadnt theyre theres youve
weve theyve whos everything anything everyone everybody anybody somebody yall
r ur b4 since cuz bc tho rn idk lol pls plz gonna gotta kinda
monday tuesday wednesday thursday friday saturday sunday tomorrow tonight yesterday
"""
STOPWORDS = frozenset(STOPWORD_TEXT.split())

# Everyday turns of phrase that carry no subject either, though their words can ("end my life",
# "every day"): left out of a question's subjects.
FILLER = re.compile(
    r"\b(each other|end(ed|s|ing)? up|every (single )?time|feel(s)? like|to be honest|honestly"
    r"|kind of|sort of|i mean|i guess|case ?worker|social worker"
    r"|(just )?found out (that )?(i'?m|i am|we'?re|she'?s|he'?s))\b"
)

# Words kept as subjects but counted lightly (see finder.LIGHT_WEIGHT): the people a reader
# asks for, and words for the kind of answer wanted rather than its subject.
LIGHT_TEXT = """
son daughter kid kids child children husband wife spouse partner boyfriend girlfriend fiance
mom mum mother dad father brother sister sibling cousin nephew niece grandson granddaughter
parent parents loved friend friends roommate buddy
safe safely ok okay dangerous danger risky bad good better best help helps helpful
need needs normal fine possible allowed worth hurt harm harmful like
"""
LIGHT_WORDS = frozenset(LIGHT_TEXT.split())

# Everyday words readers use for the people and things the pages name otherwise, each with the
# words the pages use (any of them matches). These are plain English, not the site's
# vocabulary: editors' synonyms (site_search) come on top.
EVERYDAY_TEXT = """
son: family child
daughter: family child
kid: child son daughter
kids: child children son daughter
child: young
teen: young teens
teens: young
teenager: young teens
teenagers: young teens
adolescent: young teens
minor: young teens
husband: family partner
wife: family partner
spouse: family partner
partner: family
boyfriend: family partner
girlfriend: family partner
bf: family partner
gf: family partner
hubby: family partner
fiance: family partner
mom: family parent
mum: family parent
mother: family parent
dad: family parent
father: family parent
brother: family
sister: family
sibling: family
cousin: family
nephew: family
niece: family
grandson: family
granddaughter: family
parent: family
parents: family
loved: family
roommate: friends
buddy: friend
myself: yourself
pregnant: pregnancy
expecting: pregnancy
unborn: pregnancy baby
baby: pregnancy
newborn: baby
infant: baby
breastfeed: breastfeeding
breast: breastfeeding
price: cost
prices: cost
pay: cost
paying: cost
afford: cost
affordable: cost
expensive: cost
cheap: cost
cheaper: cost
fee: cost
fees: cost
bill: cost
money: cost
covered: coverage
cover: coverage
insurance: coverage
medicaid: coverage
medicare: coverage
confidential: privacy
private: privacy
secret: privacy
anonymous: privacy
records: privacy
shot: injection
shots: injection
jab: injection
pill: tablet
pills: tablet
strip: film
strips: film
dosage: dose
dosing: dose
mg: dose
milligrams: dose
amount: dose
symptom: signs
symptoms: signs
opiate: opioid
opiates: opioids
fent: fentanyl
dope: heroin
smack: heroin
h: heroin
tranq: xylazine
oxy: opioid pain
oxys: opioid pain
percs: opioid pain
percocet: opioid pain
oxycontin: opioid pain
oxycodone: opioid pain
vicodin: opioid pain
hydrocodone: opioid pain
painkillers: opioid pain
od: overdose
oding: overdose
overdosing: overdose
sick: nausea withdrawal
vomit: vomiting
puking: vomiting
throwing: vomiting
sweats: sweating
shakes: shaky
achy: aches
restless: restlessness
insomnia: sleep
depressed: mood
depression: mood
sad: mood
anxious: anxiety
tired: tiredness
exhausted: tiredness
urges: cravings
craving: cravings
clean: free
sober: free
dopesick: withdrawal
withdrawals: withdrawal
wd: withdrawal
detoxing: withdrawal
kick: withdrawal
kicking: withdrawal
quit: stop
quitting: stop
wean: taper stop lower
weaning: taper stop lower
relapsed: relapse
slip: relapse
slipped: relapse
rehab: residential treatment
inpatient: residential
counseling: therapy
counselling: therapy
counselor: therapy
therapist: therapy
meetings: group
meeting: group
na: narcotics anonymous group meetings
mi: motivational interviewing
cra: community reinforcement
cbt: cognitive behavioral
aa: step
sponsor: peer
boss: employer
manager: employer
supervisor: employer
2nd: second another
nose: nostril nasal
job: employer
coworkers: employer
doc: doctor
dr: doctor
gp: doctor
physician: doctor
online: telehealth
virtual: telehealth
video: telehealth
appointment: visit
intake: visit
hotline: helpline
phone: call text helpline
number: call helpline
fight: shouting blame
fighting: shouting blame
argue: shouting blame
arguing: shouting blame
argument: shouting blame
yell: shouting
yelling: shouting
shout: shouting
scream: shouting
screaming: shouting
ruin: failure
ruined: failure
fail: failure
failed: failure
arrested: trouble law
police: trouble law
cops: trouble law
jail: trouble law
needle: syringe
needles: syringe
syringes: syringe
hep: hepatitis
expired: expiry
expiration: expiry
dangerous: risk warnings
mix: interactions
mixing: interactions
mixed: interactions
combine: interactions
combining: interactions
danger: risk warnings
risky: risk
risks: risk
harmful: risk
replacing: swapping
replace: swapping
substitute: swapping
trading: swapping
drinking: alcohol
booze: alcohol
xanax: benzodiazepines
valium: benzodiazepines
klonopin: benzodiazepines
ambien: sedatives sleep
benzos: benzodiazepines
benzo: benzodiazepines
beer: alcohol
wine: alcohol
liquor: alcohol
vodka: alcohol
drunk: alcohol
drink: alcohol
drinks: alcohol
teeth: tooth dental
tooth: dental
gums: dental
dentist: dental
heart: rhythm
ekg: ecg
runs: diarrhea
poop: diarrhea
pooping: diarrhea
shitting: diarrhea
hooked: addicted
appt: visit
triggers: situations thoughts
trigger: situations thoughts
diarrhoea: diarrhea
constipated: constipation
puke: vomiting
barf: vomiting
nauseous: nausea
nauseated: nausea
queasy: nausea
goosebumps: goose bumps
sleepy: sleepiness
drowsy: sleepiness
yrs: years
yr: years
shoot: injecting
shooting: injecting
taper: lower slowly
tapering: taper lower slowly
uninsured: insurance without
facetime: telehealth
zoom: telehealth
junk: heroin
tar: heroin
fetty: fentanyl
blues: fentanyl pills
m30s: fentanyl pills
m30: fentanyl pills
pressies: fentanyl pills
ods: overdose
nod: sleepiness
nodding: sleepiness
ua: urine test
pee: urine
bars: benzodiazepines
ativan: benzodiazepines
copay: cost
underage: young teens
otp: opioid treatment program
moud: medication
mat: medication
er: emergency 911 hospital
judge: approve
judged: approve
judging: approve
judgmental: approve
boring: hobbies enjoy
wives: family partner
subutex: buprenorphine
bored: hobbies enjoy
boredom: hobbies enjoy
weak: moral failing condition
weakness: moral failing condition
willpower: moral failing condition
lazy: moral failing condition
employee: employer
employees: employer
lecturing: judging listens
lecture: judging listens
lectured: judging listens
preachy: judging listens
ashamed: failure
shame: failure
embarrassed: failure
collapsed: unresponsive overdose
collapses: unresponsive overdose
ambulance: 911 emergency call
screwup: failure
loser: failure
gift: rewards vouchers prizes
legit: evidence
gimmick: evidence
scam: evidence
dirty: positive
"""
EVERYDAY = {
    word.strip(): meaning.split()
    for word, meaning in (line.split(":") for line in EVERYDAY_TEXT.strip().splitlines())
}


def listed_form(word):
    """A reader's word as the everyday and light tables list it: "husbands" and "husband's"
    are "husband" there, and "od'ing" is "oding"."""
    if word in EVERYDAY or word in LIGHT_WORDS:
        return word
    for form in (word.removesuffix("'s"), word.removesuffix("s"), word.replace("'", "")):
        if form != word and (form in EVERYDAY or form in LIGHT_WORDS):
            return form
    return word


# Words for a danger to life: a subject meaning one of them outweighs the rest of the question
# ("been sick for days and dont want to be alive"), so its passage is among the answers.
URGENT_TEXT = "suicide suicidal"

# Everyday phrases whose words are too common to tell on their own: (a pattern on the
# lower-case question, the words the pages use for it). Each is one more subject.
PHRASES = [
    (re.compile(r"\bhow much (is|are|does|do|will|would)\b(?!.*\b(take|use|dose)\b)"), ["cost"]),
    (re.compile(r"\bhow much\b.*\b(take|dose)\b"), ["dose"]),
    (re.compile(r"\bfind(s|ing)? out\b"), ["privacy"]),
    # An age ("16 yr old", "im 17"), not a length of time ("10 years on methadone").
    (
        re.compile(
            r"\b1[0-7] ?(years? olds?|yrs? olds?|yo|y/o|year-olds?)\b"
            r"|\b(i'?m|i am|is|aged) 1[0-7]\b"
        ),
        ["young", "teens"],
    ),
    (re.compile(r"\bcold turkey\b"), ["withdrawal", "stop", "suddenly"]),
    # Off a street drug is withdrawal; off a medicine is stopping or tapering it.
    (
        re.compile(
            r"\b(come|comes|get|getting|coming|came) off (of )?(opiates|opioids|heroin|fent"
            r"|fentanyl|dope|drugs|pills|h|percs|oxys)\b"
        ),
        ["withdrawal"],
    ),
    (
        re.compile(
            r"\b(come|get|getting|coming) off\b(?! (of )?(opiates|opioids|heroin|fent"
            r"|fentanyl|dope|drugs|pills|h|percs|oxys)\b)"
        ),
        ["stop", "taper"],
    ),
    (
        re.compile(r"\bhow many (weeks|months|days|years|sessions|times)\b"),
        ["duration", "weeks", "long"],
    ),
    (re.compile(r"\b(use|used|using|uses) again\b"), ["relapse", "use", "tolerance"]),
    (re.compile(r"\btake ?homes?\b"), ["home"]),
    (re.compile(r"\b(care of|look after|looking after) (myself|me)\b"), ["yourself"]),
    (re.compile(r"\bhow long\b"), ["long", "last", "lasts", "duration"]),
    (re.compile(r"\bhow often\b"), ["often", "daily", "monthly"]),
    (
        re.compile(r"\b(video|phone|zoom) (call|visit|chat)\b|\bover the phone\b"),
        ["telehealth", "video"],
    ),
    (
        re.compile(
            r"\b(no|without|do ?n'?t have|lost my|lost) (any )?(health )?(insurance|coverage)\b"
        ),
        ["without", "insurance"],
    ),
    (
        re.compile(r"\bhow (do|can|would|will) (you|i|we) (know|tell)\b|\b(know|tell) if\b"),
        ["signs"],
    ),
    (
        re.compile(r"\btake for\b|\bwhat helps\b|\bhelps? with\b|\bremed(y|ies)\b"),
        ["ease", "medicine"],
    ),
    (
        re.compile(r"\b(vs|versus|compared to|difference between)\b|\bwhich is better\b"),
        ["or", "which"],
    ),
    (re.compile(r"\bdope ?sick(ness)?\b"), ["withdrawal"]),
    (
        re.compile(
            r"\b(by|on) (myself|my own|himself|herself|themselves|their own|his own|her own)\b"
        ),
        ["alone"],
    ),
    (re.compile(r"\b(actually|really) works?\b|\bworth it\b"), ["evidence", "shows"]),
    (
        re.compile(r"\bjust (stop|quit)\b|\b(stop|quit) (all at once|at once)\b"),
        ["stop", "suddenly"],
    ),
    (
        re.compile(
            r"\bbring (it|this|that)? ?up\b|\bconfront\b|\b(talk|speak) to (him|her|them)\b"
        ),
        ["talks", "honest"],
    ),
    (re.compile(r"\bside affects?\b"), ["side", "effects"]),
    # Crisis said in everyday words: the passage on getting help with thoughts of suicide.
    (
        re.compile(
            r"\b(do ?n'?t|not) want to (live|be alive|be here|wake up)\b|\bkill(ing)? myself\b"
            r"|\bend(ing|s)? (it all|my life)\b|\bwant(ing)? to die\b|\bwanna die\b"
            r"|\bno reason to live\b|\bbetter off dead\b|\bca ?n'?t go on\b"
            r"|\btired of living\b|\bnothing to live for\b|\bno point (in )?living\b"
            r"|\bdo ?n'?t see the point of (anything|living|life|going on)\b"
            r"|\bkill(ing|s)? (herself|himself|themselves|themself)\b"
            r"|\bend(ing|s)? (his|her|their) (own )?life\b|\bwants to die\b"
        ),
        ["suicide"],
    ),
    # Someone breathing again after naloxone who stays asleep.
    (
        re.compile(
            r"\b(wo ?n'?t|will not|does ?n'?t|does not|ca ?n'?t|not|still) (wake|waking)( up)?\b"
        ),
        ["wake", "asleep", "breathe"],
    ),
    # Whether one step of treatment is enough on its own ("is a 7 day detox enough").
    (
        re.compile(
            r"\benough (on (its|their) own|by itself|to (stay|get|keep) (clean|sober|off|better))\b"
            r"|\b(detox|detoxing|rehab|meetings?|therapy|counseling|medication|meds)\b[^?.]{0,25}"
            r"\benough\b|\bis (that|this|it) enough\b"
        ),
        ["own", "cure"],
    ),
    # "He came to" (woke), not "came to the clinic".
    (
        re.compile(
            r"\bcame (to|round|around)\b(?! (the|a|an|my|his|her|our|this|that|see|visit|get)\b)"
            r"|\bwoke up\b"
        ),
        ["wake"],
    ),
    (
        re.compile(
            r"\b(get|getting|be|being) paid\b|\bpaid to\b|\b(money|cash|prizes?) for\b"
            r"|\bpay(s|ing)? (you|people|me|u|him|her) (for|to)\b"
        ),
        ["rewards", "earn"],
    ),
    (
        re.compile(r"\b(kick|kicked|kicks|throw|throws|thrown|boot|booted)( me| us)? out\b"),
        ["thrown"],
    ),
    (re.compile(r"\btake (away (all|the|my|everything)|everything away)\b"), ["stop", "all"]),
    (re.compile(r"\bcut(ting|s)? down\b"), ["cut", "down", "less"]),
    (
        re.compile(
            r"\bfail(ed|s|ing)? (a |my |the |his |her )?(drug |urine |pee )?tests?\b"
            r"|\b(test|tested|tests|came back|comes back) positive\b|\bdirty (test|urine|pee)\b"
        ),
        ["positive", "test"],
    ),
    (re.compile(r"\bforever\b|\bfor life\b|\brest of (my|his|her|their) life\b"), ["long", "need"]),
    (
        re.compile(r"\b(all )?for nothing\b|\bwasted\b|\bstart (all )?over\b"),
        ["failure", "restart"],
    ),
    (
        re.compile(
            r"\b(last(s)? )?(longer|worse|harder|shorter) than (coming off|kicking|quitting"
            r"|withdrawal from|getting off)\b"
        ),
        ["withdrawal", "last", "longer"],
    ),
    (
        re.compile(
            r"\bexpir\w*|\bout of date\b|\bold (kit|box|spray)\b|\bdoes it still work\b"
            r"|\bstill good\b"
        ),
        ["expiry", "check"],
    ),
    (
        re.compile(
            r"\bwhat (do|does|will) (u|you|they|i|we) (actually |really )?do (in|at|during)\b"
        ),
        ["session", "like", "approach"],
    ),
    (re.compile(r"\bwhat should i be doing\b"), ["next", "plan"]),
    (
        re.compile(r"\bfor free\b|\bfree (narcan|naloxone|kits?|test strips)\b|\bno cost\b"),
        ["free", "cost"],
    ),
    # Helping someone through withdrawal at home.
    (
        re.compile(
            r"\b(help|support) (him|her|them|someone|my \w+) (get )?(through|thru)\b"
            r"|\bdetox(ing)? (at home|on my couch|at my place)\b"
        ),
        ["care", "management"],
    ),
    # Whether the drugs hold fentanyl or xylazine: test strips.
    (
        re.compile(
            r"\b(check|test|tell|know)( if| whether)? (my|your|the|his|her|ur) (dope|drugs?|pills?"
            r"|stuff|bag|supply)\b|\b(has|have|got) (fent|fentanyl|tranq|xylazine) in (it|them)\b"
            r"|\bcut with\b|\blaced\b"
        ),
        ["test", "strips"],
    ),
    (
        re.compile(
            r"\bblow(s|ing)? up\b|\bget(s|ting)? (angry|mad)\b|\bflip(s|ping)? out\b"
            r"|\blos(e|es|ing) (his|her|their) temper\b"
        ),
        ["shouting", "calm"],
    ),
    (
        re.compile(
            r"\b(call|contact|ask|phone|get information from|hear from)"
            r" (his|her|their|the|my \w+'?s?)"
            r" (program|clinic|counselor|doctor|rehab)\b"
        ),
        ["privacy", "consent"],
    ),
    (
        re.compile(
            r"\blook(ing)? for (a |an )?(program|clinic|rehab|treatment|doctor)\b"
            r"|\bfind (a |an )?(program|clinic|rehab|doctor)\b"
        ),
        ["finding", "treatment", "near"],
    ),
    (
        re.compile(
            r"\bpills?\b.{0,40}\b(friends?|teammates?|online|street|bought|buy|got)\b"
            r"|\b(pressed|fake|street|counterfeit) pills?\b"
        ),
        ["fentanyl", "pills", "contain"],
    ),
    # Naloxone worked: the overdose can come back when it wears off.
    (
        re.compile(
            # The medicine's name stays a subject of its own.
            r"\b(?P<keep>narcan|naloxone|it|the spray|that) worked\b"
            r"|\b(still|even) (call|need|go)\b"
            r"|\b(woke|came) (up|to|back|round)\b.{0,40}\b(911|er|hospital|ambulance)\b"
        ),
        ["works", "wears", "back", "always"],
    ),
    (
        re.compile(r"\b(hurt|harm)\w* (someone|somebody|a person|people|him|her|them|a kid)\b"),
        ["harm", "nothing", "safe"],
    ),
    (
        re.compile(r"\b(still|barely|hardly) (barely |not )?breathing\b"),
        ["another", "dose", "breathing"],
    ),
    (
        re.compile(
            r"\buse (just )?a (little|bit)\b|\bjust (one|a little|a bit)\b"
            r"|\bone (last|more|final) (time|shot|hit|use|go|bag)\b"
        ),
        ["tolerance", "overdose"],
    ),
    # Things described rather than named.
    (re.compile(r"\bbacked up\b|\bca ?n'?t (poop|go to the bathroom)\b"), ["constipation"]),
    (
        re.compile(
            r"\b(at|to|in) (the|my|our|his|her|their) (place|house|apartment|home)\b"
            r"|\bdays'? worth\b|\bfew days of\b"
        ),
        ["home", "keep"],
    ),
    (re.compile(r"\bdetox (pills?|meds?|medicines?|tablets?)\b"), ["lofexidine", "ease"]),
    (re.compile(r"\bunder (my|the|your) tongue\b"), ["buprenorphine", "tongue"]),
    (re.compile(r"\b(too|to|2) (early|soon)\b|\bway early\b"), ["soon", "precipitated"]),
    (re.compile(r"\bwiped( out)?\b|\bno energy\b"), ["tiredness"]),
    (re.compile(r"\b(not|never) hungry\b|\bca ?n'?t eat\b|\bno appetite\b"), ["appetite"]),
    (
        re.compile(
            r"\bwhat (should|will|do|does|happens?|comes)\b[^.?]{0,30}\bafter\b"
            r"|\bwhat (should|will) happen (next|after)\b"
        ),
        ["next", "plan"],
    ),
    (
        re.compile(
            r"\b(deaf|hard of hearing|tty)\b|\btext (instead|rather)\b"
            r"|\bwithout (talking|calling)\b"
            r"|\bca ?n'?t (talk|speak) on the phone\b"
        ),
        ["without", "talking", "phone", "text"],
    ),
    (
        re.compile(
            r"\bblack(ed|ing)? out\b|\bdizzy\b|\blight ?headed\b|\b(stood|stand|standing) up\b"
        ),
        ["faint", "stand"],
    ),
    (
        re.compile(
            # What was found stays a subject ("needles": syringe services).
            r"\bfound (?P<keep>needles|a needle|syringes|foil|spoons?|a spoon|a burnt spoon|pills"
            r"|drugs|a pipe|straws|baggies|fentanyl|dope|heroin)\b|\bburnt spoons?\b"
        ),
        ["help", "loved"],
    ),
    (re.compile(r"\bnodd?(ing)? out\b|\bjust (high|nodding)\b"), ["overdosing", "signs"]),
    (re.compile(r"\blong(er)?[ -]lasting\b"), ["longer", "lasts"]),
    (re.compile(r"\bage limit\b|\bhow old\b|\bminimum age\b"), ["aged", "older"]),
    # Feeding a baby on medication ("nursing" alone is also a job).
    (
        re.compile(
            r"\bnurs(e|ing) (my|the|her|a|our) (baby|newborn|infant|son|daughter|little)\b"
            r"|\bbreast ?milk\b|\bbreast ?feed\w*|\bpump(ing)? milk\b"
        ),
        ["breastfeeding"],
    ),
    (re.compile(r"\bnursing (board|license|licence|home|job)\b|\bmy licen[cs]e\b"), ["employer"]),
    (
        re.compile(r"\b(feel|feeling|be) (normal|human|like myself|ok|okay|better) again\b"),
        ["ease", "better", "gone"],
    ),
    (
        re.compile(
            r"\b(best|most effective|which|what) (treatment|way to (quit|stop|get clean))\b"
        ),
        ["treatments", "core"],
    ),
    (
        re.compile(
            r"\b(lower|reduce|cut) (my|the|our|his|her|their) risks?\b"
            r"|\b(use|using) safer\b|\bsafer (way|ways) to use\b|\bstay(ing)? safer?\b"
        ),
        ["safer", "harm", "reduction"],
    ),
    (
        re.compile(
            # Not the subject's own word ("how does narcan work" keeps "narcan").
            r"\bwhat (does|do|will) (it|they|that|this) (actually |really |even )?do\b"
            r"|\bhow (does|do) (it|they|that|this) (actually |really )?work\b"
        ),
        ["works"],
    ),
    (re.compile(r"\bboth (of us )?use\b|\bneither of us\b"), ["alone", "carry"]),
    (re.compile(r"\btoo young\b|\b(young|old) enough\b"), ["young", "too", "medication"]),
    (
        re.compile(r"\b(the|my) past\b|\brehash\w*|\bdig(ging)? (up|into)\b|\btrauma\b"),
        ["childhood", "past"],
    ),
    (
        re.compile(
            r"\b(refuse|refuses|refused|wo ?n'?t|will not|does ?n'?t|do ?n'?t) (to )?(come|show up"
            r"|go|join|attend|take part)\b"
        ),
        ["come", "will"],
    ),
    # Tolerance lost during time inside.
    (
        re.compile(
            r"\b(locked up|got out|gets out|get out|getting out|released)\b"
            r"|\b(days|weeks|months|years|time) inside\b"
            r"|\bout of (jail|prison)\b"
        ),
        ["jail", "tolerance"],
    ),
    (
        re.compile(r"\b(same|usual|normal|old) (amount|dose)\b|\bas much as (before|i used to)\b"),
        ["tolerance", "normal", "dose"],
    ),
    # Waiting for someone to hit bottom.
    (
        re.compile(
            r"\b(kick|kicked|throw|thrown) (him|her|them) out\b|\btough love\b"
            r"|\bcut(ting)? (him|her|them|my \w+) off\b|\blos(e|t|ing) everything\b"
            r"|\bhit (rock )?bottom\b|\blet (him|her|them) (lose|fail|suffer|crash)\b"
        ),
        ["rock", "bottom", "wait"],
    ),
    # Care without travelling to a clinic.
    (
        re.compile(
            r"\bin person\b|\b(from|at) home\b(?=.*\b(doctor|prescri\w*|visit|subs?|bupe)\b)"
        ),
        ["telehealth"],
    ),
    # Someone ready for care who does not know how to begin.
    (
        re.compile(
            r"\bwhere (do i|to|should i|can i) (even )?(start|begin|go)\b"
            r"|\bwho (do i|to|should i) (even )?call\b"
        ),
        ["where", "start", "care", "helpline"],
    ),
    (
        re.compile(
            r"\bwait(ing)? ?lists?\b|\bskip (the )?(line|wait|queue)\b|\bget in (fast|quick)"
        ),
        ["priority", "quickly", "wait"],
    ),
    # Given to someone who turns out not to have taken opioids.
    (
        re.compile(
            r"\b(is ?n'?t|is not|was ?n'?t|was not|not|are ?n'?t|never) (overdosing|od'?ing"
            r"|on opioids|opioids|an overdose|high|using)\b|\bby mistake\b"
        ),
        ["nothing", "sure"],
    ),
    # Not ready to stop, and wondering whether help is still open.
    (
        re.compile(
            r"\b(do ?n'?t|not|never|unsure i|sure i|if i|is ?n'?t|are ?n'?t|wo ?n'?t|ca ?n'?t)"
            r" (really |even |be )?(want|ready) to (quit|stop)|\bnot ready\b"
            r"|\b(wo ?n'?t|does ?n'?t|do ?n'?t|refuses? to) admit\b|\bin denial\b"
        ),
        ["sure", "want", "stop", "pace"],
    ),
    # Someone getting care without a parent or partner knowing.
    (
        re.compile(r"\bwithout (me|us|my|his|her|their|them|anyone) ?(\w+ )?(knowing|know)\b"),
        ["privacy"],
    ),
    (
        re.compile(
            r"\b(blew|blow|blown|screwed|messed|wrecked|threw) (it|everything|up)( all)?( away)?\b"
        ),
        ["failure"],
    ),
    (
        re.compile(
            r"\bdone (clinic|dose|doses|program)\b|\b(on|off) (the )?done\b"
            r"|\b(quit|quitting|stop|stopping|kick|kicking) (the )?done\b"
        ),
        ["methadone"],
    ),
    # When withdrawal ends.
    (
        re.compile(
            r"\b(start|starts|begin|begins) (going|to go) away\b"
            r"|\b(finally )?(end|ends|be over|go away|get better)\s*\??\s*$"
        ),
        ["gone", "ease"],
    ),
    (
        re.compile(
            r"\b(get|gets|be|being) told\b|\bwill (he|she|they) know\b"
            r"|\b(will|would|does|can) (my|the|his|her) (?P<keep>\w+) (know|find out|see)\b"
        ),
        ["find", "privacy", "consent"],
    ),
    (re.compile(r"\bevery (single )?(day|morning|night)\b"), ["daily"]),
    (
        re.compile(
            r"\b(go|goes|going|went|slide|slip|fall) (right )?back (to|into)"
            r" (using|it|drugs|dope)\b"
            r"|\b(right )?back where (i|he|she|we|they) (was|were|started)\b|\bsquare one\b"
        ),
        ["relapse", "next"],
    ),
    (re.compile(r"\bwhat now\b|\bnow what\b|\bwhat (comes )?next\b"), ["next", "plan"]),
    (re.compile(r"\blose (my|his|her|their|our) (spot|place)\b"), ["thrown"]),
    (
        re.compile(r"\b(go away|gone|stop|stops) completely\b|\bthe edge off\b"),
        ["all", "milder"],
    ),
    (re.compile(r"\bpassed out\b|\bpassing out\b"), ["woken", "breathing"]),
    (re.compile(r"\b(at|from|for) work\b|\bmy (job|work)\b"), ["employer"]),
    # Medication for addiction taken to be one drug for another.
    (
        re.compile(
            r"\b(swap|swapping|trading|replacing|replace|substitut\w*)\b|\bone drug for another\b"
            r"|\blegal heroin\b|\bstill (an )?(addict|addicted|hooked)\b"
        ),
        ["swapping", "drug", "another"],
    ),
    (
        re.compile(
            r"\b(1[89]|2[0-5]) ?(years? olds?|yrs? olds?|yo|y/o|year-olds?)\b"
            r"|\b(i'?m|i am|is|aged) (1[89]|2[0-5])\b"
        ),
        ["young", "adults"],
    ),
    # A parent or partner asking what the clinic will tell them.
    (
        re.compile(
            r"\b(tell|show|inform|call) (me|us|the parents|parents)\b.{0,30}\b(talks?|says?|using"
            r"|results?)\b|\bwhat (he|she|they) (talks?|says?) about\b|\bwhat goes on\b"
        ),
        ["privacy"],
    ),
    (
        re.compile(r"\b(worn|burn(ed|t)|stressed|tired) out\b|\bexhausted\b|\bdrained\b"),
        ["tiring", "cope"],
    ),
    (
        re.compile(
            # Not "won't come" or "refuses to come": that is the passage on family who will not.
            r"(?<!wont )(?<!won't )(?<!not )(?<!refuses to )(?<!refuse to )"
            r"\b(come|join|sit in|be there)( to| with| in| on)? .{0,30}\b(therapy|sessions?"
            r"|counsell?ing|appointments?)\b"
        ),
        ["take", "part"],
    ),
    (re.compile(r"\bout of pocket\b"), ["cost"]),
    (re.compile(r"\bhow (soon|quickly|fast)\b"), ["soon", "wait", "minutes", "hours"]),
    (re.compile(r"\bfell off the wagon\b|\bslipped up\b"), ["relapse"]),
    (re.compile(r"\bsleeping pills?\b"), ["sedatives"]),
    (
        re.compile(r"\b(have|need) to\b|\b(required?|mandatory|forced)\b"),
        ["must", "required", "even"],
    ),
    (
        re.compile(r"\b(taper|tapering|wean|weaning)\b"),
        ["taper", "lower", "slowly"],
    ),
]

# Irregular forms whose endings do not fold.
IRREGULAR = {
    "children": "child",
    "wore": "wear",
    "worn": "wear",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "went": "go",
    "gone": "go",
    "felt": "feel",
    "slept": "sleep",
    "kept": "keep",
    "paid": "pay",
    "sold": "sell",
    "bought": "buy",
    "lost": "lose",
    "died": "die",
    "dying": "die",
    "women": "woman",
    "men": "man",
    "ate": "eat",
    "better": "good",
    "best": "good",
    "worse": "bad",
    "worst": "bad",
    "used": "use",
    "using": "use",
    "woke": "wake",
    "woken": "wake",
    "waking": "wake",
    "tried": "try",
    "tries": "try",
    "higher": "high",
    "highest": "high",
    "lower": "low",
    "lowest": "low",
}

SUFFIXES = (
    ("ational", "ate"),
    ("iveness", "ive"),
    ("fulness", "ful"),
    ("ousness", "ous"),
    ("ations", "ate"),
    ("ation", "ate"),
    ("ancy", "ant"),
    ("ency", "ent"),
    ("ness", ""),
    ("ment", ""),
    ("ings", ""),
    ("ing", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ally", "al"),
    ("ly", ""),
    ("als", ""),
    ("al", ""),
    ("ers", "er"),
    ("ed", ""),
    ("es", "e"),
    ("s", ""),
)


SHORT_STEM = re.compile(r"[^aeiou][aeiou][^aeiouwxy]")


@functools.lru_cache(maxsize=20_000)
def stem(word):
    """A rough English stem: enough to make plural, -ing, -ed and -al forms meet."""
    word = word.replace("'", "")
    if word in IRREGULAR:
        return IRREGULAR[word]
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix, replacement in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            word = word[: -len(suffix)] + replacement
            if suffix in ("ing", "ed") and SHORT_STEM.fullmatch(word):
                # "taking", "dosing": "take", "dose", as the words themselves stem.
                word += "e"
            if replacement == "y":
                # "families" is "family" first, then folds as "family" does.
                return stem(word)
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


CURLY_APOSTROPHES = re.compile("[\u2018\u2019\u02bc`]")


# Words typed without their final g ("feelin", "usin"). A list, not a rule: "heroin", "within"
# and "begin" end the same way.
G_DROPPED_TEXT = """
feelin goin usin doin tryin gettin takin comin nothin somethin kickin thinkin lookin talkin
sayin startin stoppin quittin havin makin livin dyin shootin smokin snortin hurtin breathin
wakin detoxin overdosin noddin sleepin eatin throwin pukin shakin sweatin waitin workin
"""
G_DROPPED = frozenset(G_DROPPED_TEXT.split())
G_DROPPED_WORD = re.compile(r"\b([a-z]+in)'?(?![\w'])")


def question_text(text):
    """A question lower-cased, with the apostrophes phones type (’) made plain ones and the
    final g put back where it was dropped."""
    plain = CURLY_APOSTROPHES.sub("'", (text or "").lower())
    return G_DROPPED_WORD.sub(
        lambda match: match.group(1) + "g" if match.group(1) in G_DROPPED else match.group(0),
        plain,
    )


def is_stopword(word):
    """Whether a question's word carries no subject, with or without its apostrophe ("I'm",
    "don't" and "won't" as much as "im", "dont" and "wont")."""
    return word in STOPWORDS or word.replace("'", "") in STOPWORDS


def words(text):
    return WORD.findall((text or "").lower())


HYPHENATED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")


def compounds(text):
    """A text's hyphenated words written as one ("x-waiver": "xwaiver", "take-home":
    "takehome"), as readers often type them."""
    return [match.replace("-", "") for match in HYPHENATED.findall((text or "").lower())]


def terms(text):
    """The stems of a text's words, in order, stopwords included (passages keep them)."""
    return [stem(word) for word in words(text)]


class Vocabulary:
    """The stems the passages use, and in how many passages each occurs."""

    def __init__(self, passage_words):
        """`passage_words`: for each passage, the set of its (lower-case) words."""
        self.passages = len(passage_words)
        self.frequency = {}
        # A word the passages use for each stem, for the search backend (it matches words).
        self.surface = {}
        for word_set in passage_words:
            for term in {stem(word) for word in word_set}:
                self.frequency[term] = self.frequency.get(term, 0) + 1
            for word in word_set:
                self.surface.setdefault(stem(word), word)
        self.by_initial = {}
        for term in self.frequency:
            if len(term) >= 4 and not term.isdigit():
                self.by_initial.setdefault(term[0], []).append(term)

    def __contains__(self, term):
        return term in self.frequency

    def closest(self, term):
        """The passages' stem nearest a misspelt one ("methadon", "withdrawl"), or None."""
        # Short words have too many near neighbours ("wore", "worse") to mend safely.
        if len(term) < 5 or term.isdigit():
            return None
        candidates = [t for t in self.by_initial.get(term[0], []) if abs(len(t) - len(term)) <= 2]
        # A started word ("suboxo") is most likely the word it starts.
        started = sorted((t for t in candidates if t.startswith(term)), key=len)
        if started and len(term) >= 5:
            return started[0]
        close = difflib.get_close_matches(term, candidates, n=1, cutoff=0.8)
        return close[0] if close else None
