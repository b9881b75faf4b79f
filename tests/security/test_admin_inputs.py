"""Crafted input to the admin that used to answer 500: search syntax, exports, image uploads.

- A search for `"` or `(` in the image, document and page searches, the page chooser and the
  admin API (an FTS5 syntax error on SQLite).
- Every export format of every admin listing: CSV cells that a spreadsheet would run as a formula
  start with an apostrophe; XLSX exports of text with control characters open.
- Image uploads: a 30,000 x 30,000 PNG (a decompression bomb) and truncated files are form errors.
"""

import csv
import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.images import get_image_model

from comments.models import CommentStatus
from tests.comments.conftest import make_comment
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

SEARCH_SYNTAX = ['"', "(", ")", '"(', 'say "hi', "a OR (b", "NEAR(", "*", "^", "-", ":", "'"]
SEARCHES = [
    ("wagtailimages:index", "q"),
    ("wagtailimages:index_results", "q"),
    ("wagtaildocs:index", "q"),
    ("wagtaildocs:index_results", "q"),
    ("wagtailadmin_pages:search", "q"),
    ("wagtailadmin_choose_page", "q"),
    ("wagtailadmin_choose_page_search", "q"),
    ("wagtailadmin_api:pages:listing", "search"),
    ("wagtailsnippets_comments_portalcomment:list", "q"),
]


@pytest.mark.parametrize("name,parameter", SEARCHES)
def test_search_syntax_characters_never_break_an_admin_search(admin_client, home, name, parameter):
    ArticlePageFactory(parent=home, title="Naloxone (Narcan)", slug="naloxone")
    for query in SEARCH_SYNTAX:
        response = admin_client.get(reverse(name), {parameter: query})
        assert response.status_code == 200, f"{name} ?{parameter}={query!r}: {response}"


def test_a_search_with_a_quote_still_finds_the_page(admin_client, home):
    ArticlePageFactory(parent=home, title="Naloxone nasal spray", slug="naloxone")
    response = admin_client.get(reverse("wagtailadmin_pages:search"), {"q": 'naloxone"'})
    assert "Naloxone nasal spray" in response.content.decode()


# --- Exports ----------------------------------------------------------------------------------

FORMULAS = [
    '=HYPERLINK("https://evil.example","Click")',
    "=2+5+cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]
CONTROL = "Before\x01\x07\x1bafter"


def comment_export(admin_client, export_format):
    url = reverse("wagtailsnippets_comments_portalcomment:list")
    return admin_client.get(url, {"export": export_format})


def csv_cells(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_csv_export_writes_formulas_as_text(admin_client, home):
    page = ArticlePageFactory(parent=home, title="=1+2 (a title)", slug="methadone")
    for text in FORMULAS:
        make_comment(page, text, status=CommentStatus.PENDING, user_name="=cmd|calc")
    response = comment_export(admin_client, "csv")
    assert response.status_code == 200
    cells = csv_cells(response)
    for text in FORMULAS:
        assert "'" + text in cells, f"{text!r} is not escaped"
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=cmd|calc" in cells and "A reader's comment." not in cells


def test_xlsx_export_opens_with_control_characters_and_formulas(admin_client, home):
    page = ArticlePageFactory(parent=home, title="Methadone", slug="methadone")
    make_comment(page, CONTROL, status=CommentStatus.PENDING)
    make_comment(page, FORMULAS[0], status=CommentStatus.PENDING)
    response = comment_export(admin_client, "xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "Before\ufffd\ufffd\ufffdafter" in values
    assert FORMULAS[0] in values
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


# --- Image uploads ----------------------------------------------------------------------------


def png(width, height, rows=1):
    """A PNG whose header says width x height, with `rows` rows of pixel data (so a huge one is
    a few bytes, and nothing here allocates its pixels)."""

    def chunk(kind, data):
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * ((width + 7) // 8 + 1) * rows)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def upload(admin_client, name, data, multiple=False):
    file = SimpleUploadedFile(name, data, content_type="image/png")
    if multiple:
        return admin_client.post(reverse("wagtailimages:add_multiple"), {"files[]": file})
    return admin_client.post(reverse("wagtailimages:add"), {"title": name, "file": file})


@pytest.mark.parametrize("multiple", [False, True], ids=["add", "multiple upload"])
def test_a_decompression_bomb_is_a_form_error(admin_client, multiple):
    assert get_image_model().objects.count() == 0
    response = upload(admin_client, "bomb.png", png(30_000, 30_000), multiple=multiple)
    assert response.status_code == 200
    text = response.content.decode()
    assert "too many pixels" in text
    assert get_image_model().objects.count() == 0


@pytest.mark.parametrize(
    "data",
    [png(100, 100)[:40], png(100, 100)[:-20], png(100, 100)[:8], b"\x89PNG\r\n\x1a\n" + b"x" * 50],
    ids=["cut in the header", "cut in the pixels", "only the signature", "garbage after it"],
)
@pytest.mark.parametrize("multiple", [False, True], ids=["add", "multiple upload"])
def test_a_truncated_image_is_a_form_error(admin_client, data, multiple):
    response = upload(admin_client, "cut.png", data, multiple=multiple)
    assert response.status_code == 200, response
    assert get_image_model().objects.count() == 0


def test_an_ordinary_png_is_still_accepted(admin_client):
    response = upload(admin_client, "chart.png", png(640, 480, rows=480))
    assert response.status_code == 302
    assert get_image_model().objects.get().width == 640
