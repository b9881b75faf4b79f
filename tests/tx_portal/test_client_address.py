import pytest
from django.test import RequestFactory

from tx_portal.client_address import client_address


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_proxies_the_connecting_address_is_the_readers(settings):
    settings.TRUSTED_PROXY_HOPS = 0
    assert client_address(request_from("203.0.113.9", "198.51.100.1")) == "203.0.113.9"


@pytest.mark.parametrize(
    "hops, forwarded, expected",
    [
        (1, "198.51.100.7", "198.51.100.7"),
        # A reader cannot pick their own address: entries they wrote sit further left.
        (1, "10.9.9.9, 198.51.100.7", "198.51.100.7"),
        (2, "1.2.3.4, 198.51.100.7, 10.0.0.2", "198.51.100.7"),
    ],
)
def test_behind_trusted_proxies_the_address_comes_from_x_forwarded_for(
    settings, hops, forwarded, expected
):
    settings.TRUSTED_PROXY_HOPS = hops
    assert client_address(request_from("10.0.0.1", forwarded)) == expected


def test_missing_forwarding_header_falls_back_to_the_connecting_address(settings):
    settings.TRUSTED_PROXY_HOPS = 1
    assert client_address(request_from("10.0.0.1")) == "10.0.0.1"


@pytest.mark.parametrize(
    "forwarded",
    ["not-an-ip", "<script>alert(1)</script>", "999.1.1.1", "unknown", "1.2.3.4.5", "::ffff:zz"],
)
def test_anything_but_an_address_in_x_forwarded_for_falls_back_to_the_connecting_address(
    settings, forwarded
):
    settings.TRUSTED_PROXY_HOPS = 1
    assert client_address(request_from("10.0.0.1", forwarded)) == "10.0.0.1"


@pytest.mark.parametrize(
    "forwarded, expected",
    [
        ("2001:DB8::1", "2001:db8::1"),
        ("[2001:db8::1]:443", "2001:db8::1"),
        ("198.51.100.7:8080", "198.51.100.7"),
        ("::ffff:198.51.100.7", "198.51.100.7"),
    ],
)
def test_addresses_are_normalised(settings, forwarded, expected):
    settings.TRUSTED_PROXY_HOPS = 1
    assert client_address(request_from("10.0.0.1", forwarded)) == expected
