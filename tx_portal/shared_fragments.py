"""What every page shows and nobody's reading changes: the main menu, breadcrumbs, the help lines
and emergency guidance, the section cards, the search synonyms, the settings; the site, the live
pages' URLs and each page served (tx_portal/page_serving.py); parts of pages as HTML
(templatetags/kept_html.py). Built once per process and reused until something is edited.

Freshness: every value is kept under a generation number held in the shared cache (Redis in
production). Publishing, unpublishing, moving or deleting a page and saving the snippets and
settings these parts show increment it (signals connected in each app's `ready()`), at once and
again when the transaction commits (a process that rebuilt in between saw the old rows). Each
request reads the number once (one cache read), so a change made in any process is shown by
every process on its next request. Values are stored pickled and unpickled per use: no request
can change what another one reads.

Only what is the same for every reader goes here (no user, session, token or query string), so a
page stays one HTML for every anonymous reader. Without a shared cache (`SHARED_FRAGMENTS` off,
the default when `REDIS_URL` is unset) nothing is kept: one process could not tell another that
something changed.
"""

import logging
import pickle  # nosec B403: only values this process built, never data from outside
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger(__name__)

GENERATION_KEY = "shared-fragments:generation"
_REQUEST_ATTRIBUTE = "_shared_fragments_generation"

# Values and rendered HTML kept per generation: a few per page and site, so this many of each is
# far more than a site has; past it nothing more is kept (built each time) until the next edit
# starts afresh.
MAX_ENTRIES = 5000

_lock = threading.Lock()
_store = {"generation": None, "values": {}, "read_only": {}}


def get(request, name, build, keep=None):
    """The value called `name` (built with `build()` when this generation has none). With
    `keep`, a value is kept only when `keep(value)` is true (a page found, not a URL that
    found none: names that come from a request must not grow the store)."""
    generation = current_generation(request)
    if generation is None:
        return build()
    values = _values_of(generation)
    blob = values.get(name)
    if blob is None:
        value = build()
        if (keep is None or keep(value)) and len(values) < MAX_ENTRIES:
            values[name] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        return value
    return pickle.loads(blob)  # noqa: S301  # nosec B301: built by this process, see above


def get_read_only(request, name, build):
    """The value called `name`, kept as it is (not pickled): for rendered strings, which nobody
    can change, and for values every reader only reads (a lookup table)."""
    generation = current_generation(request)
    if generation is None:
        return build()
    with _lock:
        kept = _read_only_of(generation)
        value = kept.get(name)
    if value is None:
        value = build()
        with _lock:
            if _store["generation"] == generation and len(kept) < MAX_ENTRIES:
                kept[name] = value
    return value


def current_generation(request):
    """The generation in the shared cache, read once per request (None: keep nothing)."""
    if not settings.SHARED_FRAGMENTS:
        return None
    if request is not None and hasattr(request, _REQUEST_ATTRIBUTE):
        return getattr(request, _REQUEST_ATTRIBUTE)
    try:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            # A unique start, so a process still holding values of a lost generation (Redis
            # restarted, key evicted) can never take them for current ones.
            cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
            generation = cache.get(GENERATION_KEY)
    except Exception:
        logger.exception("shared fragments: cache unreachable; building from the database")
        generation = None
    if request is not None:
        setattr(request, _REQUEST_ATTRIBUTE, generation)
    return generation


def _values_of(generation):
    with _lock:
        _renew(generation)
        return _store["values"]


def _read_only_of(generation):
    _renew(generation)
    return _store["read_only"]


def _renew(generation):
    if _store["generation"] != generation:
        _store["generation"] = generation
        _store["values"] = {}
        _store["read_only"] = {}


def invalidate(**kwargs):
    """Make every kept value stale, now and when the current transaction commits. Safe in
    signal handlers: never raises."""
    _increment()
    transaction.on_commit(_increment)


def _increment():
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # no generation yet (or it was lost): a new value makes old ones stale
            cache.set(GENERATION_KEY, time.time_ns(), timeout=None)
    except Exception:
        logger.exception("shared fragments: could not invalidate; menus may be stale")
