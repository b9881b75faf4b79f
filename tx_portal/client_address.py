"""The reader's IP address, also behind load balancers and proxies.

Each trusted proxy appends the address it received the request from to X-Forwarded-For, so with
TRUSTED_PROXY_HOPS proxies in front of the app, the reader's address is that many entries from the
end. Entries further left were written by the client and cannot be trusted. With no proxy (0) the
connecting address is the reader's.
"""

from django.conf import settings


def client_address(request):
    hops = settings.TRUSTED_PROXY_HOPS
    if hops > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= hops:
            return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")
