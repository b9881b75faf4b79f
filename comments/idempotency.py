"""The key that makes "the same comment sent again" store one comment.

The form carries a random key, signed with the form. A page cache may hand the same rendered
form (and key) to many readers, so the stored key also binds the reader's browser (its CSRF
secret, which a page cache never shares) and the text: the same reader sending the same text
from the same form again is a repeat; anyone else, or another text, is a new comment.
"""

import hashlib
import uuid

NAMESPACE = uuid.UUID("0f5b3f0e-8a52-4e3c-9c57-6d2f1b8e4a10")


def submission_key(form_key, request, text):
    browser = request.META.get("CSRF_COOKIE", "")
    digest = hashlib.sha256(text.encode()).hexdigest()
    return uuid.uuid5(NAMESPACE, f"{form_key}|{browser}|{digest}")
