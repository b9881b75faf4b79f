"""Finds markup in a response that could run script: what a stored payload would leave behind if
it reached the page unescaped.

The page is parsed with Python's HTML parser, and every element and attribute is checked against
what the site (and Wagtail's admin) legitimately produce: no event-handler attribute anywhere, no
`javascript:`/`vbscript:`/`data:` document URL, no `srcdoc`, no script-capable style, no element
that only an attacker would add (iframe, object, base, meta refresh, SVG animation, MathML...),
and no `<script>` except the site's own files and JSON data blocks that parse as JSON. The browser
tests then check the same pages in Chromium, whose parser is the one that matters in the end.
"""

import json
import re
from html.parser import HTMLParser

# Elements the site's and the admin's own templates never write; any of them is injected.
FORBIDDEN_ELEMENTS = {
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "animate",
    "set",
    "animatemotion",
    "animatetransform",
    "foreignobject",
    "math",
    "maction",
    "mglyph",
    "marquee",
    "xmp",
    "plaintext",
    "isindex",
    "keygen",
    "noscript",
}
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "codebase",
    "cite",
    "dynsrc",
    "lowsrc",
    "srcset",
    "ping",
    "manifest",
    "values",
    "to",
    "from",
    "by",
}
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "livescript:", "data:")
SAFE_DATA_URL = re.compile(r"^data:image/(png|gif|jpeg|webp);")
JSON_SCRIPT_TYPES = {"application/ld+json", "application/json"}
# Characters browsers skip inside a URL scheme ("jav&#x09;ascript:" still runs).
URL_IGNORED = re.compile(r"[\x00-\x20\x7f-\xa0\u200b-\u200f\u2028\u2029\ufeff]+")


def script_url(value):
    """True if a URL attribute's value would run script or load a document from data."""
    normalised = URL_IGNORED.sub("", value or "").lower()
    return normalised.startswith(SCRIPT_SCHEMES) and not SAFE_DATA_URL.match(normalised)


# Markers every payload's script carries: admin pages have inline code of their own, which is fine
# as long as none of it came from a payload.
PAYLOAD_CODE = re.compile(r"alert\(|XSS-SENTINEL|__xss|msgbox\(", re.I)


class Profile:
    """What a kind of page legitimately contains."""

    def __init__(self, script_prefixes=("/static/",), elements=(), inline_code=False):
        self.script_prefixes = tuple(script_prefixes)
        self.elements = frozenset(elements)
        self.inline_code = inline_code


# The public site: its own script files and JSON data blocks, nothing else.
PUBLIC = Profile()
# Wagtail's admin also has its translation catalogue, <noscript> notices, the preview <iframe> and
# small inline calls that start its date pickers.
ADMIN = Profile(
    script_prefixes=("/static/", "/admin/jsi18n/"),
    elements={"noscript", "iframe"},
    inline_code=True,
)


class _Scanner(HTMLParser):
    def __init__(self, profile):
        super().__init__(convert_charrefs=True)
        self.profile = profile
        self.problems = []
        self.body_text = []
        self.in_body = False
        self.script = None  # (attributes, [content]) while inside a <script>

    def problem(self, message):
        line, column = self.getpos()
        self.problems.append(f"line {line}:{column}: {message}")

    def handle_starttag(self, tag, attrs):
        self.check_element(tag, attrs)
        if tag == "body":
            self.in_body = True
        if tag == "script":
            self.script = (dict(attrs), [])

    def handle_startendtag(self, tag, attrs):
        self.check_element(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "script" and self.script is not None:
            self.check_script(*self.script)
            self.script = None

    def handle_data(self, data):
        if self.script is not None:
            self.script[1].append(data)
        elif self.in_body:
            self.body_text.append(data)

    def handle_comment(self, data):
        if "<" in data or "alert(" in data or "XSS-SENTINEL" in data:
            self.problem(f"markup inside an HTML comment: <!--{data[:80]}-->")

    def check_element(self, tag, attrs):
        if tag in FORBIDDEN_ELEMENTS and tag not in self.profile.elements:
            self.problem(f"<{tag}> element")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problem(f"event-handler attribute {name}={value[:60]!r} on <{tag}>")
            elif name == "srcdoc":
                self.problem(f"srcdoc attribute on <{tag}>")
            elif name in URL_ATTRIBUTES and script_url(value):
                self.problem(f"script URL in {name}={value[:60]!r} on <{tag}>")
            elif name == "style" and re.search(r"expression|javascript|url\(", value, re.I):
                self.problem(f"script-capable style={value[:60]!r} on <{tag}>")
            elif name == "http-equiv" and tag == "meta":
                self.problem(f'<meta http-equiv="{value}">')
        if tag == "style":
            self.problem("<style> element")

    def check_script(self, attrs, content):
        text = "".join(content)
        src = attrs.get("src")
        if src is not None:
            if not src.startswith(self.profile.script_prefixes) or text.strip():
                self.problem(f"<script src={src[:60]!r}> that is not one of the site's files")
            return
        if attrs.get("type") not in JSON_SCRIPT_TYPES:
            if not self.profile.inline_code or PAYLOAD_CODE.search(text):
                self.problem(f"inline <script> with code: {text[:80]!r}")
            return
        try:
            json.loads(text)
        except ValueError:
            self.problem(f"<script type={attrs.get('type')}> that is not JSON: {text[:80]!r}")


def scan(html, profile=PUBLIC):
    scanner = _Scanner(profile)
    scanner.feed(html)
    scanner.close()
    if scanner.script is not None:
        scanner.problem("a <script> element that never ends")
    return scanner


def injected_markup(html, profile=PUBLIC):
    """Everything in `html` that could run script, as readable messages (empty when safe)."""
    return scan(html, profile).problems


def squash(text):
    """Text without whitespace, to compare what a template reflows (line breaks, list items)."""
    return re.sub(r"\s+", "", text)


def visible_text(html):
    """The text of the page's body as a reader sees it (entities decoded, tags gone)."""
    return "".join(scan(html).body_text)


def json_ld_blocks(html):
    """The parsed JSON-LD blocks of a page."""
    blocks = []

    class Collector(HTMLParser):
        current = None

        def handle_starttag(self, tag, attrs):
            if tag == "script" and dict(attrs).get("type") == "application/ld+json":
                self.current = []

        def handle_data(self, data):
            if self.current is not None:
                self.current.append(data)

        def handle_endtag(self, tag):
            if tag == "script" and self.current is not None:
                blocks.append(json.loads("".join(self.current)))
                self.current = None

    Collector(convert_charrefs=True).feed(html)
    return blocks
