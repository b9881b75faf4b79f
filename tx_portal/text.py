"""Small text helpers shared by templates and the structured data."""


def lines(text):
    """The non-empty lines of a "one per line" field, for rendering as a list."""
    return [line.strip(" -•\t") for line in (text or "").splitlines() if line.strip(" -•\t")]
