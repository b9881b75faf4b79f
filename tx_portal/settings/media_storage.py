"""Where uploaded images and documents are kept: the file system (MEDIA_ROOT) or an S3-compatible
bucket through django-storages, chosen by MEDIA_STORAGE. Read by settings/base.py only.

MEDIA_STORAGE=s3 needs MEDIA_S3_BUCKET; MEDIA_S3_REGION, MEDIA_S3_ENDPOINT_URL (an S3-compatible
service other than Amazon's), MEDIA_S3_CUSTOM_DOMAIN (a CDN in front of the bucket) and
MEDIA_S3_LOCATION (a folder within the bucket) are optional. Credentials come the usual boto3 way
(AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or the instance's role), never from these settings.

Media URLs are plain, unsigned URLs: public pages are cached (a signed URL would expire inside a
cached page) and every upload here is meant for the public anyway, so the bucket (or its CDN) must
let anyone read its objects. Pages load images from the bucket's origin, which is added to the
Content Security Policy's img-src.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

FILESYSTEM = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
KINDS = ("filesystem", "s3")


def storage_from_environment(environ):
    """(the STORAGES["default"] entry, the origin media is served from or None for this site)."""
    kind = environ.get("MEDIA_STORAGE", "filesystem").strip().lower() or "filesystem"
    if kind not in KINDS:
        raise ImproperlyConfigured(f"MEDIA_STORAGE must be one of {', '.join(KINDS)}, not {kind!r}")
    if kind == "filesystem":
        return FILESYSTEM, None
    bucket = environ.get("MEDIA_S3_BUCKET", "").strip()
    if not bucket:
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs MEDIA_S3_BUCKET (the bucket's name).")
    region = environ.get("MEDIA_S3_REGION", "").strip() or None
    endpoint = environ.get("MEDIA_S3_ENDPOINT_URL", "").strip() or None
    domain = environ.get("MEDIA_S3_CUSTOM_DOMAIN", "").strip() or None
    if endpoint and urlsplit(endpoint).scheme not in ("http", "https"):
        raise ImproperlyConfigured("MEDIA_S3_ENDPOINT_URL must be an http(s) URL.")
    options = {
        "bucket_name": bucket,
        "region_name": region,
        "endpoint_url": endpoint,
        "custom_domain": domain,
        "location": environ.get("MEDIA_S3_LOCATION", "").strip().strip("/"),
        "querystring_auth": False,
        "file_overwrite": False,
        "default_acl": None,  # the bucket's own policy decides who reads
    }
    if endpoint and not domain:
        # Path-style URLs (endpoint/bucket/key): what S3-compatible services answer.
        options["addressing_style"] = "path"
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}, media_origin(
        bucket, region, endpoint, domain
    )


def media_origin(bucket, region, endpoint, domain):
    if domain:
        return f"https://{domain.split('/')[0]}"
    if endpoint:
        parts = urlsplit(endpoint)
        return f"{parts.scheme}://{parts.netloc}"
    if region:
        return f"https://{bucket}.s3.{region}.amazonaws.com"
    return f"https://{bucket}.s3.amazonaws.com"
