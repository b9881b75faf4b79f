"""Finds the passages that answer a reader's question. Nothing is written or reworded here:
an answer is a passage as published, chosen by how well its heading, its page and its text
match the question's terms.

Candidates come from the site's search backend (the passages are indexed like pages); they
are ranked here, section by section, with BM25-style weights: a term in a heading counts
more than one in the text, rare terms more than common ones, and a passage that matches more
of the question's subjects ranks above one that repeats a single subject.
"""

import math
import time
import uuid
from dataclasses import dataclass, field

from django.core.cache import cache
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Or, PlainText

from site_search.query import MAX_QUERY_WORDS, ReaderQuery, parse, with_synonyms
from tx_portal.crisis_language import DEFAULT_CRISIS_WORDS, matched_terms
from tx_portal.models import SafetySettings

from .models import Passage
from .wording import EVERYDAY, STOPWORDS, Vocabulary, stem, terms, words

ANSWERS_SHOWN = 3
CANDIDATES = 120
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
    """One subject of the question: the reader's word and its stand-ins, {stem: weight}."""

    word: str
    alternatives: dict
    idf: float = 0.0


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
            rows = Passage.objects.values_list("heading", "topic", "text")
            word_sets, totals = [], {"heading": 0, "topic": 0, "text": 0}
            for heading, topic, text in rows:
                fields = {"heading": words(heading), "topic": words(topic), "text": words(text)}
                for name, found in fields.items():
                    totals[name] += len(found)
                word_sets.append(set().union(*fields.values()))
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
    subjects = [word for word in dict.fromkeys(words(parsed.text)) if word not in STOPWORDS]
    return ReaderQuery(
        text=parsed.text,
        words=subjects[:MAX_QUERY_WORDS],
        shortened=parsed.shortened or len(subjects) > MAX_QUERY_WORDS,
    )


def concepts_of(query, vocabulary):
    concepts = []
    for word in query.words:
        alternatives = {}

        def add(term, weight, alternatives=alternatives):
            if term and weight > alternatives.get(term, 0):
                alternatives[term] = weight

        own = stem(word)
        add(own, 1.0)
        for meaning in query.synonyms.get(word, []):
            if meaning not in STOPWORDS:
                add(stem(meaning), SYNONYM_WEIGHT)
        if word in EVERYDAY:
            add(stem(EVERYDAY[word]), EVERYDAY_WEIGHT)
        if own not in vocabulary and not any(term in vocabulary for term in alternatives):
            mended = vocabulary.closest(own)
            if mended:
                add(mended, MENDED_WEIGHT)
        concept = Concept(word, alternatives)
        concept.idf = max(idf(term, vocabulary) for term in alternatives)
        concepts.append(concept)
    return concepts


def idf(term, vocabulary):
    n = vocabulary.passages
    df = vocabulary.frequency.get(term, 0)
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def surface_words(concepts, vocabulary):
    """Words for the search backend: the reader's, and those the passages use for each
    stand-in (synonyms, everyday words, mended spellings)."""
    found = []
    for concept in concepts:
        found.append(concept.word)
        found += [vocabulary.surface[term] for term in concept.alternatives if term in vocabulary]
    return list(dict.fromkeys(word for word in found if word))


# Question words are no subject, but a heading that asks the reader's kind of question ("Who
# can take part", "When does withdrawal start?") is likelier to answer it.
QUESTION_CUES = frozenset({"who", "when", "where", "why", "which", "how", "what"})
CUE_BONUS = 0.15


def cues_of(text):
    return QUESTION_CUES.intersection(words(text))


def score(passage, concepts, lengths, cues=frozenset()):
    fields = {
        # A summary's heading is the page's title, already counted as its topic.
        "heading": terms(passage.heading) if passage.heading != passage.page_title else [],
        "topic": terms(passage.topic),
        "text": terms(passage.text),
    }
    total, matched_idf, all_idf = 0.0, 0.0, 0.0
    for concept in concepts:
        all_idf += concept.idf
        best, closeness = 0.0, 0.0
        for name, found in fields.items():
            weights = [concept.alternatives[term] for term in found if term in concept.alternatives]
            if not weights:
                continue
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
    if cues and total:
        total *= 1 + CUE_BONUS * len(cues & cues_of(passage.heading))
    return total * (COVERAGE_FLOOR + coverage) ** 2, coverage


def candidates(concepts, vocabulary):
    words_for_search = surface_words(concepts, vocabulary)
    if not words_for_search:
        return []
    query = Or([PlainText(word) for word in words_for_search])
    return list(get_search_backend().search(query, Passage.objects.all())[:CANDIDATES])


def find(raw):
    """The best passages for a question (a raw `q` parameter: any string, any length)."""
    query = reader_query(raw)
    finding = Finding(query=query, crisis=matched_terms(query.text, DEFAULT_CRISIS_WORDS))
    if not query.words:
        return finding
    with_synonyms(query)
    vocabulary = memo.get_vocabulary()
    concepts = concepts_of(query, vocabulary)
    ranked, cues = [], cues_of(query.text)
    for passage in candidates(concepts, vocabulary):
        value, coverage = score(passage, concepts, memo.lengths, cues)
        if value > 0:
            ranked.append(Answer(passage, value, coverage))
    ranked.sort(key=lambda a: (-a.score, a.passage.page_id, a.passage.position))
    finding.answers = ranked[:ANSWERS_SHOWN]
    best = finding.answers[0] if finding.answers else None
    finding.answered_well = bool(best and best.coverage >= MIN_COVERAGE and best.score >= MIN_SCORE)
    return finding
