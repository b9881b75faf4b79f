"""Uploaded images and documents in an S3-compatible bucket (MEDIA_STORAGE=s3), against a local
S3-compatible server (moto's, in a thread on 127.0.0.1): what is uploaded lands in the bucket and
is read back from the URL the site gives out."""

import json
import socket
import urllib.request

import boto3
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.test import override_settings
from moto.server import ThreadedMotoServer
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from tx_portal.settings.media_storage import storage_from_environment

BUCKET = "portal-media"


def test_file_system_storage_is_the_default():
    backend, origin = storage_from_environment({})
    assert backend["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert origin is None


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"MEDIA_STORAGE": "ftp"}, "MEDIA_STORAGE must be one of filesystem, s3"),
        ({"MEDIA_STORAGE": "s3"}, "needs MEDIA_S3_BUCKET"),
        (
            {"MEDIA_STORAGE": "s3", "MEDIA_S3_BUCKET": "b", "MEDIA_S3_ENDPOINT_URL": "ftp://x"},
            "must be an http(s) URL",
        ),
    ],
)
def test_a_wrong_media_setting_stops_the_site_with_a_clear_message(environ, message):
    with pytest.raises(ImproperlyConfigured, match=message.replace("(", r"\(").replace(")", r"\)")):
        storage_from_environment(environ)


@pytest.mark.parametrize(
    ("extra", "origin"),
    [
        ({}, f"https://{BUCKET}.s3.amazonaws.com"),
        ({"MEDIA_S3_REGION": "us-east-2"}, f"https://{BUCKET}.s3.us-east-2.amazonaws.com"),
        ({"MEDIA_S3_CUSTOM_DOMAIN": "media.example.org"}, "https://media.example.org"),
        (
            {"MEDIA_S3_ENDPOINT_URL": "https://objects.example.net:9000"},
            "https://objects.example.net:9000",
        ),
    ],
)
def test_the_bucket_origin_is_where_pages_may_load_images_from(extra, origin):
    backend, found = storage_from_environment(
        {"MEDIA_STORAGE": "s3", "MEDIA_S3_BUCKET": BUCKET, **extra}
    )
    assert backend["BACKEND"] == "storages.backends.s3.S3Storage"
    assert backend["OPTIONS"]["querystring_auth"] is False
    assert found == origin


@pytest.fixture(scope="module")
def s3_endpoint():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    yield endpoint
    server.stop()


@pytest.fixture
def s3_storage(s3_endpoint, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "local-test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "local-test")
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    # As the settings require of a real bucket: anyone may read its objects.
    public_read = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{BUCKET}/*",
            }
        ],
    }
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(public_read))
    backend, origin = storage_from_environment(
        {
            "MEDIA_STORAGE": "s3",
            "MEDIA_S3_BUCKET": BUCKET,
            "MEDIA_S3_REGION": "us-east-1",
            "MEDIA_S3_ENDPOINT_URL": s3_endpoint,
            "MEDIA_S3_LOCATION": "media",
        }
    )
    assert origin == s3_endpoint
    storages = {
        "default": backend,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages):
        yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (a local test server)
        return response.status, response.read()


@pytest.mark.django_db
def test_an_uploaded_image_and_its_rendition_are_served_from_the_bucket(s3_storage, s3_endpoint):
    image = get_image_model().objects.create(
        title="A chart", file=get_test_image_file(), collection=Collection.get_first_root_node()
    )
    rendition = image.get_rendition("width-50")
    keys = {item["Key"] for item in s3_storage.list_objects_v2(Bucket=BUCKET)["Contents"]}
    assert f"media/{image.file.name}" in keys
    assert f"media/{rendition.file.name}" in keys
    for url in (image.file.url, rendition.url):
        assert url.startswith(f"{s3_endpoint}/{BUCKET}/media/"), url
        status, body = fetch(url)
        assert status == 200 and body[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.django_db
def test_a_document_link_leads_to_the_file_in_the_bucket(s3_storage, s3_endpoint, client):
    document = get_document_model()(title="A leaflet", collection=Collection.get_first_root_node())
    document.file.save("leaflet.txt", ContentFile(b"Call 911 first."))
    document.save()
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith(f"{s3_endpoint}/{BUCKET}/media/documents/")
    assert fetch(response["Location"]) == (200, b"Call 911 first.")
