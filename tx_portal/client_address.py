"""The reader's IP address, also behind load balancers and proxies.

Each trusted proxy appends the address it received the request from to X-Forwarded-For, so with
TRUSTED_PROXY_HOPS proxies in front of the app, the reader's address is that many entries from the
end. Entries further left were written by the client and cannot be trusted. With no proxy (0) the
connecting address is the reader's.

Only a valid IPv4 or IPv6 address is ever returned (an IPv4-mapped IPv6 address as IPv4, a
bracketed or port-suffixed address without the port): a header that holds anything else, or too
few entries, falls back on the connecting address. Nothing else is stored or counted.
"""

import ipaddress

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
            address = valid_address(forwarded[-hops])
            if address:
                return address
    return valid_address(request.META.get("REMOTE_ADDR", ""))


def valid_address(value):
    """`value` as a normalised IP address, or "" when it is not one."""
    value = (value or "").strip()[:100]
    if value.startswith("[") and "]" in value:  # [2001:db8::1]:443
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # 192.0.2.1:443
        value = value.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return ""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return str(address)
