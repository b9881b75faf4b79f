"""A polite 503 instead of a 500 while the database is unreachable or busy.

A database restart, a failover or an SQLite write lock held past the busy timeout surface as
`OperationalError`/`InterfaceError` wherever the request happened to touch the database (the view,
the session, the user). Django hands every such uncaught error to the 500 handler, which calls
`outage_response` first: for those errors the reader gets "please try again in a minute" with a
Retry-After header, and, if they were sending a comment, their text in a form that sends it again
(the form keeps its idempotency key, so a comment that was in fact stored is not stored twice).

The 400 handler asks too: when saving an existing session fails, Django's session middleware
reports any database error as `SessionInterrupted`, a 400 (found by the PostgreSQL restart test:
the comment was stored, then the session update failed and the reader saw "Bad Request").

Nothing here touches the database, the cache or the page's settings: the site is already failing.
"""

import sqlite3
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template import loader
from django.urls import Resolver404, resolve

RETRY_AFTER_SECONDS = 15
# The comment form's fields sent back with "Send it again": its signed hidden fields and what the
# reader typed. The honeypot is left out (it must be empty, and absent is empty).
COMMENT_HIDDEN_FIELDS = (
    "content_type",
    "object_pk",
    "timestamp",
    "security_hash",
    "idempotency_key",
)
COMMENT_TYPED_FIELDS = ("name", "email", "comment")


# What the drivers say when the database is away or busy, rather than when a query is wrong (an
# FTS5 syntax error or a missing column after a forgotten migration is an OperationalError too,
# and "please try again in a minute" would be the wrong answer to it).
SQLITE_OUTAGE_WORDS = ("locked", "busy", "disk i/o", "unable to open", "readonly", "full")
# PostgreSQL error classes: 08 connection exception, 53 insufficient resources, 57 operator
# intervention (shutdown, restart, "cannot connect now").
POSTGRESQL_OUTAGE_CLASSES = {"08", "53", "57"}


def is_outage(error):
    if isinstance(error, InterfaceError):  # the connection is gone
        return True
    if not isinstance(error, OperationalError):
        return False
    cause = error.__cause__
    if isinstance(cause, sqlite3.Error):
        return any(word in str(cause).lower() for word in SQLITE_OUTAGE_WORDS)
    sqlstate = getattr(cause, "sqlstate", None)  # psycopg; None when no server answered at all
    return sqlstate is None or sqlstate[:2] in POSTGRESQL_OUTAGE_CLASSES


def database_outage_in(error):
    """The database outage behind `error` (itself, or what it was raised while handling)."""
    seen = set()
    while error is not None and id(error) not in seen:
        if is_outage(error):
            return error
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return None


def typed_comment(request):
    """What the reader was sending, if this request was a comment form post."""
    if request is None or request.method != "POST" or not _is_comment_post(request):
        return None
    try:
        data = request.POST
    except Exception:  # an unreadable body: nothing to keep
        return None
    if not data.get("comment") or not all(name in data for name in COMMENT_HIDDEN_FIELDS):
        return None
    return {
        "action": request.path,
        "hidden": [(name, data.get(name, "")) for name in COMMENT_HIDDEN_FIELDS],
        **{name: data.get(name, "") for name in COMMENT_TYPED_FIELDS},
    }


def _is_comment_post(request):
    try:
        return resolve(request.path_info).view_name == "comments:post"
    except Resolver404:
        return False


def outage_response(request, error=None):
    """The 503 page for a database outage, or None if the error being handled is another one."""
    if database_outage_in(error or sys.exc_info()[1]) is None:
        return None
    context = {"kept": typed_comment(request)}
    if context["kept"]:
        context["csrf_token"] = get_token(request)
    response = HttpResponse(loader.get_template("503.html").render(context), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # Never cached by anyone: the next reader must get the page once the database is back.
    response["Cache-Control"] = "no-store"
    return response
