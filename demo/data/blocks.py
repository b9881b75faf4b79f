"""Small helpers that keep the demo data readable: StreamField blocks as (type, value)
pairs, and the "one per line" text fields."""


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(html):
    return ("paragraph", html)


def callout(kind, title, html):
    return ("callout", {"kind": kind, "title": title, "text": html})


def question(text, answer_html):
    return ("question_answer", {"question": text, "answer": answer_html})


def reference(title, publisher, year=None, url=""):
    return ("reference", {"title": title, "publisher": publisher, "year": year, "url": url})


def lines(*items):
    """A "one per line" text field."""
    return "\n".join(items)


def with_defaults(pages, **defaults):
    """The pages' data with the values they share filled in where a page does not set its own."""
    return [{**defaults, **page} for page in pages]
