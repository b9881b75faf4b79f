"""Argument types for management commands: argparse calls them (`type=`), so a bad value is a
one-line "error: argument --days: ..." with the usage, never a traceback."""

import argparse


def whole_days(minimum=0, maximum=None):
    """An argparse type for a number of days from `minimum` to `maximum` (inclusive)."""

    def parse(value):
        try:
            days = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"must be a whole number of days, not “{value}”."
            ) from None
        if days < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more, not {days}.")
        if maximum is not None and days > maximum:
            raise argparse.ArgumentTypeError(f"must be {maximum} or fewer, not {days}.")
        return days

    parse.__name__ = "days"  # argparse names the type in some messages
    return parse
