"""Small text helpers shared by templates, the structured data and the apps' settings."""

BULLETS = "-•"


def lines(text, bullets=True):
    """The non-empty lines of a "one per line" field, without surrounding spaces and (unless
    `bullets=False`: word lists, email addresses) without the list bullets editors type."""
    stripped = (line.strip() for line in (text or "").splitlines())
    if bullets:
        stripped = (line.strip(BULLETS).strip() for line in stripped)
    return [line for line in stripped if line]
