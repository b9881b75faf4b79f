"""Plain-language wording of a withdrawal phase's time window (hours after the last dose)."""

HOURS_PER_DAY = 24
HOURS_PER_WEEK = 7 * HOURS_PER_DAY


def _unit_for(hours):
    if hours <= 2 * HOURS_PER_DAY:
        return "hour", 1
    if hours >= 2 * HOURS_PER_WEEK and hours % HOURS_PER_WEEK == 0:
        return "week", HOURS_PER_WEEK
    return "day", HOURS_PER_DAY


def _count(number, unit):
    return f"{number} {unit}" if number == 1 else f"{number} {unit}s"


def describe_window(starts, ends):
    """'6 to 12 hours', '1 to 3 days', '7 days or more'. Both ends use the unit the end needs."""
    if ends is None:
        unit, size = _unit_for(starts)
        return f"{_count(round(starts / size), unit)} or more"
    unit, size = _unit_for(ends)
    start, end = round(starts / size), round(ends / size)
    if start == 0:
        return f"Up to {_count(end, unit)}"
    return f"{start} to {_count(end, unit)}"
