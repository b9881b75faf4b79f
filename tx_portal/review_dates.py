"""Dates of the clinical review cycle."""

import datetime

REVIEW_INTERVAL_YEARS = 1


def one_year_after(day: datetime.date) -> datetime.date:
    """The same calendar day a year later (29 February falls back to 28 February)."""
    try:
        return day.replace(year=day.year + REVIEW_INTERVAL_YEARS)
    except ValueError:
        return day.replace(year=day.year + REVIEW_INTERVAL_YEARS, day=28)
