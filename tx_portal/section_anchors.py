"""The sections of a health page's body, each with a stable anchor (`#how-long-it-lasts`).

A section is a heading block and the blocks after it up to the next heading; blocks before the
first heading form the overview. Each question-and-answer block has an anchor of its own. The
page template and the answer finder both read the anchors from here, so a link to a passage
always lands on it.
"""

from dataclasses import dataclass, field

from django.utils.text import slugify

OVERVIEW = "overview"
# Anchors the page templates give their fixed sections; body anchors never take them.
FIXED_ANCHORS = frozenset(
    {
        "summary",
        OVERVIEW,
        "key-facts",
        "how-it-works",
        "where-given",
        "warnings",
        "side-effects",
        "pregnancy",
        "cost",
        "approach",
        "evidence",
        "signs",
        "care",
        "when-to-get-help",
        "references",
        "comments",
        "main-content",
        "ask",
    }
)
MAX_SLUG = 60


@dataclass
class BodySection:
    anchor: str
    heading: str = ""
    # [(StreamChild, its own anchor or "")]: question-and-answer blocks have one.
    blocks: list = field(default_factory=list)


class Anchors:
    """Unique anchors for one page: a repeated heading gets -2, -3..."""

    def __init__(self):
        self.taken = set(FIXED_ANCHORS)

    def take(self, text, fallback):
        base = slugify(text)[:MAX_SLUG].strip("-") or fallback
        if base.endswith("-heading"):
            base += "-section"
        anchor, n = base, 1
        while anchor in self.taken:
            n += 1
            anchor = f"{base}-{n}"
        self.taken.add(anchor)
        return anchor


def body_sections(body):
    """[BodySection] of a StreamField value, in page order."""
    anchors = Anchors()
    sections = [BodySection(anchor=OVERVIEW)]
    for child in body or []:
        if child.block_type == "heading":
            text = child.value.get("text", "")
            sections.append(BodySection(anchor=anchors.take(text, "section"), heading=text))
            sections[-1].blocks.append((child, ""))
        elif child.block_type == "question_answer":
            question = child.value.get("question", "")
            sections[-1].blocks.append((child, anchors.take(question, "question")))
        else:
            sections[-1].blocks.append((child, ""))
    return [section for section in sections if section.blocks]
