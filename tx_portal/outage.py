"""A polite 503 instead of a 500 while the database is unreachable or busy.

A database restart, a failover or an SQLite write lock held past the busy timeout surface as
`OperationalError`/`InterfaceError` wherever the request happened to touch the database (the view,
the session, the user). Django hands every such uncaught error to the 500 handler, which calls
`outage_response` first: for those errors the reader gets "please try again in a minute" with a
Retry-After header, and, if they were sending a form that asked to be kept (the comment form does,
from the comments app), their text in a form that sends it again (the form keeps its idempotency
key, so a comment that was in fact stored is not stored twice).

The 400 handler asks too: when saving an existing session fails, Django's session middleware
reports any database error as `SessionInterrupted`, a 400 (found by the PostgreSQL restart test:
the comment was stored, then the session update failed and the reader saw "Bad Request").

Nothing here touches the database, the cache or the page's settings: the site is already failing.
"""

import sqlite3
import sys
from dataclasses import dataclass

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template import loader
from django.urls import Resolver404, resolve

RETRY_AFTER_SECONDS = 15


@dataclass(frozen=True)
class KeptField:
    """A field the reader typed, shown again on the 503 page with what they wrote."""

    name: str
    label: str
    input_type: str = "text"  # "textarea" for a text area
    autocomplete: str = ""


@dataclass(frozen=True)
class KeptForm:
    """A public form whose post the 503 page gives back to the reader to send again.

    The app that owns the form registers it with `keep_on_outage()` from its `AppConfig.ready()`:
    this module knows no form of its own."""

    view_name: str  # the URL name the form posts to, e.g. "app:view"
    hidden_fields: tuple  # sent back as they came (signed fields, idempotency key)
    typed_fields: tuple  # KeptField: what the reader wrote
    required_field: str  # without it there is nothing worth keeping
    heading: str
    explanation: str
    button: str


_kept_forms = {}


def keep_on_outage(form):
    """Give readers back what they sent to `form.view_name` when the database is away."""
    _kept_forms[form.view_name] = form


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


def kept_post(request):
    """What the reader was sending, if this request was a post to a registered form."""
    if request is None or request.method != "POST":
        return None
    form = _kept_forms.get(_view_name(request))
    if form is None:
        return None
    try:
        data = request.POST
    except Exception:  # an unreadable body: nothing to keep
        return None
    if not data.get(form.required_field):
        return None
    return {
        "form": form,
        "action": request.path,
        # The hidden fields as they came; one a browser adds by script (a key against sending
        # twice) may be missing without JavaScript, and is then left out again.
        "hidden": [(name, data[name]) for name in form.hidden_fields if name in data],
        "typed": [(field, data.get(field.name, "")) for field in form.typed_fields],
    }


def _view_name(request):
    try:
        return resolve(request.path_info).view_name
    except Resolver404:
        return None


def outage_response(request, error=None):
    """The 503 page for a database outage, or None if the error being handled is another one."""
    if database_outage_in(error or sys.exc_info()[1]) is None:
        return None
    context = {"kept": kept_post(request)}
    if context["kept"]:
        context["csrf_token"] = get_token(request)
    response = HttpResponse(loader.get_template("503.html").render(context), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # Never cached by anyone: the next reader must get the page once the database is back.
    response["Cache-Control"] = "no-store"
    return response
