"""Finds the passages that answer a reader's question. Nothing is written or reworded here:
an answer is a passage as published, chosen by how well its heading, its page and its text
match the question's terms.

The passages are indexed with the site's search backend like pages (for the admin and for any
other search); answering reads them from a per-process copy of their terms instead (built once
per change of the passages, see Memo), because ranking ~200 sections in memory costs a few
milliseconds where the backend's full-text query with a dozen OR-ed words cost far more. A term
in a heading counts more than one in the text, rare terms more than common ones (BM25-style),
and a passage that matches more of the question's subjects ranks above one that repeats one.
"""

import difflib
import functools
import math
import time
import uuid
from dataclasses import dataclass, field

from django.core.cache import cache

from site_search.query import MAX_QUERY_WORDS, ReaderQuery, parse, with_synonyms
from tx_portal.crisis_language import DEFAULT_CRISIS_WORDS, matched_terms
from tx_portal.models import SafetySettings

from .models import Passage
from .wording import (
    EVERYDAY,
    FILLER,
    LIGHT_WORDS,
    PHRASES,
    STOPWORDS,
    URGENT_TEXT,
    Vocabulary,
    compounds,
    is_stopword,
    listed_form,
    question_text,
    stem,
    words,
)

ANSWERS_SHOWN = 3
# A question is answered well when its best passage matches at least this share of the
# question's subjects (weighted by how telling each is) and scores at least MIN_SCORE.
MIN_COVERAGE = 0.5
MIN_SCORE = 1.5
FIELD_WEIGHTS = {"heading": 2.5, "topic": 1.6, "text": 1.0}
# Weights of a word's stand-ins: the reader's own word counts fully.
SYNONYM_WEIGHT = 0.9
EVERYDAY_WEIGHT = 0.8
MENDED_WEIGHT = 0.85
K1, B = 1.2, 0.6
# How much a passage matching only some of the question's subjects keeps of its score.
COVERAGE_FLOOR = 0.25
# How long a process keeps the vocabulary and help lines before checking them again, so that
# processes without a shared cache catch up with each other's changes.
MEMO_SECONDS = 60
VERSION_KEY = "answers:version"


@dataclass
class Concept:
    """One subject of the question: the reader's word and its stand-ins, {stem: weight}.
    `matchable`: some passage uses one of them."""

    word: str
    alternatives: dict
    idf: float = 0.0
    matchable: bool = True


@dataclass
class Answer:
    passage: Passage
    score: float
    coverage: float


@dataclass
class Finding:
    query: ReaderQuery
    crisis: list = field(default_factory=list)
    answers: list = field(default_factory=list)
    answered_well: bool = False

    @property
    def asked(self):
        return bool(words(self.query.text))


class Memo:
    """The passages' vocabulary and the help lines, kept per process until the answers'
    version changes (a page's passages rebuilt, help lines edited) or MEMO_SECONDS pass."""

    def __init__(self):
        self.version = None
        self.loaded = 0.0
        self.vocabulary = None
        self.lengths = None
        self.terms = {}
        self.passages = {}
        self.postings = {}
        self.cues = {}
        self.safety = None

    def current(self):
        version = cache.get(VERSION_KEY)
        if version is None:
            version = uuid.uuid4().hex
            cache.set(VERSION_KEY, version, None)
        now = time.monotonic()
        if version != self.version or now - self.loaded > MEMO_SECONDS:
            self.vocabulary = self.lengths = self.safety = None
            self.version, self.loaded = version, now
        return self

    def get_vocabulary(self):
        self.current()
        if self.vocabulary is None:
            # Every passage, as published, in one query: what an answer quotes comes from here
            # too, so a question costs no query of its own between edits.
            self.passages = {passage.pk: passage for passage in Passage.objects.order_by("pk")}
            word_sets, totals = [], {"heading": 0, "topic": 0, "text": 0}
            self.terms = {}
            for pk, passage in self.passages.items():
                heading, topic, text = passage.heading, passage.topic, passage.text
                page_title = passage.page_title
                fields = {
                    "heading": words(heading) + compounds(heading),
                    "topic": words(topic),
                    "text": words(text) + compounds(text),
                }
                for name, found in fields.items():
                    totals[name] += len(found)
                word_sets.append(set().union(*fields.values()))
                # Each passage's terms, stemmed once per process (a summary's heading is the
                # page's title, already counted as its topic).
                own_heading = fields["heading"] if heading != page_title else []
                self.cues[pk] = cues_of(heading)
                self.terms[pk] = {
                    "heading": [stem(w) for w in own_heading],
                    "topic": [stem(w) for w in fields["topic"]],
                    "text": [stem(w) for w in fields["text"]],
                }
            self.postings = {}
            for pk, fields in self.terms.items():
                for term in set().union(*fields.values()):
                    self.postings.setdefault(term, set()).add(pk)
            self.vocabulary = Vocabulary(word_sets)
            count = max(len(word_sets), 1)
            self.lengths = {name: max(total / count, 1.0) for name, total in totals.items()}
        return self.vocabulary

    def get_safety(self):
        self.current()
        if self.safety is None:
            self.safety = SafetySettings.load()
        return self.safety


memo = Memo()


def index_changed(**kwargs):
    """Passages or help lines changed: every process reads them afresh."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)
    memo.version = None


def reader_query(raw):
    """The question as site_search reads a query, with everyday words left out before the
    cap on words (so a long, chatty question keeps its subjects)."""
    parsed = parse(raw)
    subject_text = FILLER.sub(" ", question_text(parsed.text))
    subjects = [word for word in dict.fromkeys(words(subject_text)) if not is_stopword(word)]
    return ReaderQuery(
        text=parsed.text,
        words=subjects[:MAX_QUERY_WORDS],
        shortened=parsed.shortened or len(subjects) > MAX_QUERY_WORDS,
    )


# Who is asking about whom ("my son", "husband") and what kind of answer is wanted ("safe",
# "ok"): words that say less about which passage answers than the question's subject.
LIGHT_WEIGHT = 0.5

URGENT_STEMS = frozenset(stem(word) for word in URGENT_TEXT.split())
URGENT_WEIGHT = 2.0

# An editor's synonym of several words ("insurance": "paying for treatment") stands for the
# whole phrase: its words common to many passages tell little on their own and are dropped.
COMMON_IDF = 1.5


def synonym_terms(meaning, vocabulary):
    stems = [stem(word) for word in meaning if word not in STOPWORDS]
    telling = [term for term in stems if idf(term, vocabulary) >= COMMON_IDF]
    return telling or stems


def concepts_of(query, vocabulary):
    text = question_text(query.text)
    # A phrase ("cold turkey", "video call") is one subject: its words are not subjects too,
    # except those in its group named "keep" ("will my *boss* know": the boss stays a subject).
    phrases, absorbed = [], set()
    for pattern, meaning in PHRASES:
        matches = list(pattern.finditer(text))
        if matches:
            phrases.append((matches[0].group(0), meaning))
            for match in matches:
                kept = set(words(match.groupdict().get("keep") or ""))
                absorbed.update(word for word in words(match.group(0)) if word not in kept)
    own_stems = {stem(word) for word in query.words if word not in absorbed}
    concepts = []
    for word in query.words:
        if word in absorbed:
            continue
        alternatives = {}
        own = stem(word)

        def add(term, weight, alternatives=alternatives, own=own):
            # A stand-in that is another of the question's own words would count it twice.
            if not term or (term != own and term in own_stems):
                return
            if weight > alternatives.get(term, 0):
                alternatives[term] = weight

        add(own, 1.0)
        for term in synonym_terms(query.synonyms.get(word, []), vocabulary):
            add(term, SYNONYM_WEIGHT)
        for meaning in EVERYDAY.get(listed_form(word), []):
            add(stem(meaning), EVERYDAY_WEIGHT)
        if own not in vocabulary and not any(term in vocabulary for term in alternatives):
            mended = vocabulary.closest(own)
            if mended:
                add(mended, MENDED_WEIGHT)
            # A misspelt everyday word ("confidental", "insurence") stands for what it means.
            for meaning in EVERYDAY.get(closest_everyday(word), []):
                add(stem(meaning), MENDED_WEIGHT * EVERYDAY_WEIGHT)
        concept = concept_of(word, alternatives, vocabulary)
        if (
            listed_form(word) in LIGHT_WORDS
            or closest_everyday(word) in LIGHT_WORDS
            or word.isdigit()
        ):
            concept.idf *= LIGHT_WEIGHT
        concepts.append(concept)
    # A phrase's term that already stands for one of the question's words or an earlier phrase
    # ("quit" and "cold turkey" both mean "stop") would count twice: the phrase keeps what it adds.
    taken = {term for concept in concepts for term in concept.alternatives}
    for phrase, meaning in phrases:
        alternatives = {stem(word): EVERYDAY_WEIGHT for word in meaning}
        alternatives = {t: w for t, w in alternatives.items() if t not in taken} or alternatives
        taken.update(alternatives)
        concepts.append(concept_of(phrase, alternatives, vocabulary))
    for concept in concepts:
        if URGENT_STEMS & concept.alternatives.keys():
            concept.idf *= URGENT_WEIGHT
    return concepts


def concept_of(word, alternatives, vocabulary):
    """A subject, as telling as the rarest of its terms that the passages use (a word no
    passage uses tells nothing about which passage answers: it counts as the rarest, and no
    passage matches it)."""
    used = [term for term in alternatives if term in vocabulary]
    concept = Concept(word, alternatives, matchable=bool(used))
    concept.idf = max(idf(term, vocabulary) for term in (used or alternatives))
    return concept


@functools.lru_cache(maxsize=2_000)
def closest_everyday(word):
    """The everyday word a misspelt one is nearest ("insurence": "insurance"), or None. Short
    words have too many near neighbours to mend safely."""
    if len(word) < 5 or word in EVERYDAY:
        return None
    close = difflib.get_close_matches(word, LONG_EVERYDAY_WORDS, n=1, cutoff=0.85)
    return close[0] if close else None


LONG_EVERYDAY_WORDS = [word for word in EVERYDAY if len(word) >= 5]


def idf(term, vocabulary):
    n = vocabulary.passages
    df = vocabulary.frequency.get(term, 0)
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


# Question words are no subject, but a heading that asks the reader's kind of question ("Who
# can take part", "When does withdrawal start?") is likelier to answer it.
QUESTION_CUES = frozenset({"who", "when", "where", "why", "which", "how", "what"})
CUE_BONUS = 0.15


def cues_of(text):
    return QUESTION_CUES.intersection(words(text))


# A question that names a page's subject ("CBT", "lucemyra", "vivitrol") is about that page:
# its passages rank above others that match more of the question's other words.
TOPIC_BONUS = 0.3
TOPIC_SURENESS = SYNONYM_WEIGHT


def score(pk, concepts, lengths, cues=frozenset()):
    fields = memo.terms[pk]
    total, matched_idf, all_idf, matchable_idf = 0.0, 0.0, 0.0, 0.0
    names_page = False
    for concept in concepts:
        all_idf += concept.idf
        matchable_idf += concept.idf if concept.matchable else 0.0
        best, closeness = 0.0, 0.0
        for name, found in fields.items():
            weights = [concept.alternatives[term] for term in found if term in concept.alternatives]
            if not weights:
                continue
            if name == "topic" and max(weights) >= TOPIC_SURENESS:
                names_page = True
            tf = sum(weights)
            closeness = max(closeness, *weights)
            norm = K1 * (1 - B + B * len(found) / lengths[name])
            best += FIELD_WEIGHTS[name] * tf * (K1 + 1) / (tf + norm)
        if best:
            # A subject matched only through a stand-in (a synonym, a mended spelling) is
            # matched less surely than by the reader's own word.
            matched_idf += concept.idf * closeness
            total += concept.idf * best
    coverage = matched_idf / all_idf if all_idf else 0.0
    if names_page:
        total *= 1 + TOPIC_BONUS
    if cues and total:
        total *= 1 + CUE_BONUS * len(cues & memo.cues.get(pk, frozenset()))
    # Passages are ranked by the share of the subjects some passage could match (a word no
    # passage uses lowers them all alike); whether the best answers well counts every subject.
    ranking = matched_idf / matchable_idf if matchable_idf else 0.0
    return total * (COVERAGE_FLOOR + ranking) ** 2, coverage


def candidate_ids(concepts):
    """The passages that match any of the question's terms, from the per-process postings."""
    found = set()
    for concept in concepts:
        for term in concept.alternatives:
            found |= memo.postings.get(term, set())
    return found


def find(raw, request=None):
    """The best passages for a question (a raw `q` parameter: any string, any length). With the
    request, the shared fragments' generation is read once for all of it."""
    query = reader_query(raw)
    finding = Finding(query=query, crisis=matched_terms(query.text, DEFAULT_CRISIS_WORDS))
    if not query.words:
        return finding
    with_synonyms(query, request)
    vocabulary = memo.get_vocabulary()
    concepts = concepts_of(query, vocabulary)
    ranked, cues = [], cues_of(query.text)
    for pk in candidate_ids(concepts):
        value, coverage = score(pk, concepts, memo.lengths, cues)
        if value > 0:
            ranked.append((value, coverage, pk))
    ranked.sort(key=lambda item: (-item[0], item[2]))
    top = ranked[:ANSWERS_SHOWN]
    rows = memo.passages  # as published, kept with the vocabulary
    finding.answers = [
        Answer(rows[pk], value, coverage) for value, coverage, pk in top if pk in rows
    ]
    best = finding.answers[0] if finding.answers else None
    finding.answered_well = bool(best and best.coverage >= MIN_COVERAGE and best.score >= MIN_SCORE)
    return finding
