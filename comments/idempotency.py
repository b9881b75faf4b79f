"""The key that makes "the same comment sent again" store one comment.

The comment form is one HTML for every reader (a shared cache serves it), so nothing in the HTML
can tell two readers apart. The browser fills a random key into the form when the page loads
(comment-form.js); the same form sent again (a double click, a retry after a 503, a second tab of
the same page) carries the same key. Without JavaScript the key is empty and the form is scoped by
the reader's address and the signed render time instead. Both are combined with the page and the
text: another text is another comment, whoever sends it.
"""

import hashlib
import uuid

from tx_portal.client_address import client_address

NAMESPACE = uuid.UUID("0f5b3f0e-8a52-4e3c-9c57-6d2f1b8e4a10")


def submission_key(form, request):
    data = form.cleaned_data
    browser_key = data.get("idempotency_key")
    if browser_key:
        scope = f"browser:{browser_key}"
    else:
        scope = f"address:{client_address(request)}:{data['timestamp']}"
    digest = hashlib.sha256(data["comment"].encode()).hexdigest()
    return uuid.uuid5(NAMESPACE, f"{form.target_object.pk}|{scope}|{digest}")
