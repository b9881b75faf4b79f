"""Stored-XSS payloads: what an attacker types into a comment, a name, a page field or a search.

Every payload that manages to run calls the same sentinel, which the browser tests watch for:
it sets `window.__xss`, logs XSS-SENTINEL to the console and opens an `alert` dialog. The sentinel
needs no quotes and no spaces, so it fits attribute values of any quoting. Payloads for the
commenter's name (50 characters at most) use `alert(1)` alone.

The corpus follows the usual families: script tags, event handlers, `javascript:` and `data:`
URLs, SVG and MathML, mutation XSS, broken markup, attribute and element breakouts, template
injection, JSON-LD breakouts, CSS, meta refresh and base, encoded and unicode variants, and very
long input.
"""

from dataclasses import dataclass

# What an executed payload does; watched for by the browser tests (see SENTINEL_HOOKS there).
SENTINEL_JS = "window.__xss=1,console.log(/XSS-SENTINEL/.source),alert(1)"
SENTINEL_MARKER = "XSS-SENTINEL"
S = SENTINEL_JS


@dataclass(frozen=True)
class Payload:
    name: str
    text: str

    def __str__(self):
        return self.name


def _payloads(*pairs):
    return tuple(Payload(name, text) for name, text in pairs)


PAYLOADS = _payloads(
    # --- script elements
    ("script", f"<script>{S}</script>"),
    ("script-mixed-case", f"<ScRiPt>{S}</sCrIpT>"),
    ("script-nested", f"<scr<script>ipt>{S}</scr</script>ipt>"),
    ("script-typed", f'<script type="text/javascript">{S}</script>'),
    ("script-unclosed", f"<script>{S}"),
    ("script-src-data", f'<script src="data:text/javascript,{S}"></script>'),
    ("script-in-comment-break", f"--><script>{S}</script><!--"),
    ("script-double-open", f"<<script>{S}//<</script>"),
    ("script-zero-width", f"<scr\u200bipt>{S}</scr\u200bipt>"),
    ("script-newlines", f"<script\n>\n{S}\n</script\n>"),
    # --- event handlers
    ("img-onerror", f'<img src="x" onerror="{S}">'),
    ("img-onerror-unquoted", f"<img src=x onerror={S}>"),
    ("img-onerror-slashes", f"<img/src/onerror={S}>"),
    ("img-onerror-newlines", f"<img\nsrc=x\nonerror={S}>"),
    ("body-onload", f'<body onload="{S}">'),
    ("body-onpageshow", f"<body onpageshow={S}>"),
    ("svg-onload", f'<svg onload="{S}"></svg>'),
    ("svg-onload-self-closing", f"<svg/onload={S}>"),
    ("details-ontoggle", f'<details open ontoggle="{S}"><summary>more</summary></details>'),
    ("input-autofocus-onfocus", f'<input autofocus onfocus="{S}">'),
    ("select-autofocus-onfocus", f"<select autofocus onfocus={S}></select>"),
    ("textarea-autofocus-onfocus", f"<textarea autofocus onfocus={S}></textarea>"),
    ("video-source-onerror", f"<video><source onerror={S}></video>"),
    ("audio-onerror", f"<audio src=x onerror={S}></audio>"),
    ("marquee-onstart", f"<marquee onstart={S}>news</marquee>"),
    ("div-onmouseover", f'<div onmouseover="{S}">hover here</div>'),
    ("style-onload", f"<style onload={S}></style>"),
    # --- javascript:, vbscript: and data: URLs
    ("a-javascript", f'<a href="javascript:{S}">click</a>'),
    ("a-javascript-mixed-case", f'<a href="JaVaScRiPt:{S}">click</a>'),
    (
        "a-javascript-entities",
        f'<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;{S}">click</a>',
    ),
    ("a-javascript-hex-entities", f'<a href="&#x6A;avascript&#x3A;{S}">click</a>'),
    ("a-javascript-tab", f'<a href="jav&#x09;ascript:{S}">click</a>'),
    ("a-javascript-leading-space", f'<a href=" javascript:{S}">click</a>'),
    ("a-data-text-html", f'<a href="data:text/html,<script>{S}</script>">click</a>'),
    (
        "a-data-base64",
        '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
    ),
    ("a-vbscript", '<a href="vbscript:msgbox(1)">click</a>'),
    ("bare-javascript-url", f"javascript:{S}"),
    ("bare-javascript-url-mixed-case", f"JaVaScRiPt:{S}"),
    ("iframe-javascript", f'<iframe src="javascript:{S}"></iframe>'),
    ("iframe-srcdoc", f'<iframe srcdoc="<script>{S}</script>"></iframe>'),
    ("iframe-srcdoc-entities", f'<iframe srcdoc="&lt;img src=x onerror={S}&gt;"></iframe>'),
    ("object-data", f'<object data="javascript:{S}"></object>'),
    ("embed-src", f'<embed src="javascript:{S}">'),
    ("form-action", f'<form action="javascript:{S}"><button>send</button></form>'),
    ("button-formaction", f'<form><button formaction="javascript:{S}">send</button></form>'),
    # --- SVG and MathML
    ("svg-script", f"<svg><script>{S}</script></svg>"),
    ("svg-script-href", f'<svg><script href="data:text/javascript,{S}"/></svg>'),
    (
        "svg-animate-href",
        f'<svg><a><animate attributeName="href" values="javascript:{S}"/>'
        '<text x="20" y="20">click</text></a></svg>',
    ),
    (
        "svg-set-href",
        f'<svg><a><set attributeName="href" to="javascript:{S}"/>'
        '<text x="20" y="20">click</text></a></svg>',
    ),
    ("svg-animate-onbegin", f'<svg><animate onbegin={S} attributeName="x" dur="1s"/></svg>'),
    (
        "svg-foreignobject-iframe",
        f'<svg><foreignObject><iframe srcdoc="<script>{S}</script>"></iframe>'
        "</foreignObject></svg>",
    ),
    (
        "math-maction-href",
        f'<math><maction actiontype="statusline" xlink:href="javascript:{S}">click</maction>'
        "</math>",
    ),
    # --- mutation XSS (markup a sanitiser and a browser parse differently)
    ("mxss-math-style", f'<math><mtext><table><mglyph><style><img src=x onerror="{S}">'),
    ("mxss-noscript-title", f'<noscript><p title="</noscript><img src=x onerror={S}>">'),
    ("mxss-svg-style", f'<svg></p><style><a id="</style><img src=1 onerror={S}>">'),
    ("mxss-template", f"<template><style></template><img src=x onerror={S}></style>"),
    # --- broken and unclosed markup
    ("broken-img-unclosed", f"<img src=x onerror={S}//"),
    ("broken-quotes", f'<img """><script>{S}</script>">'),
    ("broken-cdata", f"<![CDATA[<script>{S}</script>]]>"),
    ("broken-comment", f"<!--><script>{S}</script>-->"),
    # --- breaking out of an attribute or an element the text is placed in
    ("attribute-breakout-double", f'"><img src=x onerror={S}>'),
    ("attribute-breakout-single", f"'onmouseover={S} x='"),
    ("attribute-breakout-autofocus", f'" autofocus onfocus="{S}" x="'),
    ("textarea-breakout", f"</textarea><script>{S}</script>"),
    ("title-breakout", f"</title><script>{S}</script>"),
    ("option-breakout", f"</option></select><img src=x onerror={S}>"),
    # --- template injection: shown as typed, never evaluated
    ("template-django", "{{7*7}} {% debug %} {{ request.META }} {% load static %}"),
    ("template-others", "${7*7} #{7*7} <%= 7*7 %> [[7*7]]"),
    ("template-angular", f"{{{{constructor.constructor('{S}')()}}}}"),
    # --- JSON-LD and inline-JSON breakouts
    ("json-ld-breakout", f"</script><script>{S}</script>"),
    ("json-ld-breakout-quotes", f'"}}]</script><script>{S}</script>{{"x":"'),
    ("json-ld-comment", f"<!--<script>{S}//-->"),
    ("json-unicode-escapes", f"\\u003c/script\\u003e\\u003cscript\\u003e{S}\\u003c/script\\u003e"),
    # --- CSS, meta refresh, base
    ("css-expression", f'<div style="width:expression({S})">x</div>'),
    ("css-url-javascript", f'<p style="background-image:url(javascript:{S})">x</p>'),
    ("style-element", f'<style>@import "javascript:{S}";body{{background:red}}</style>'),
    ("meta-refresh", f'<meta http-equiv="refresh" content="0;url=javascript:{S}">'),
    (
        "meta-refresh-data",
        '<meta http-equiv="refresh" '
        'content="0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    ),
    ("base-href", f'<base href="javascript:{S}//">'),
    ("link-stylesheet", f'<link rel="stylesheet" href="javascript:{S}">'),
    # --- encoded and unicode variants
    ("entity-encoded-script", f"&lt;script&gt;{S}&lt;/script&gt;"),
    ("percent-encoded-script", f"%3Cscript%3E{S}%3C%2Fscript%3E"),
    ("fullwidth-brackets", f"\uff1cscript\uff1e{S}\uff1c/script\uff1e"),
    ("utf7-script", f"+ADw-script+AD4-{S}+ADw-/script+AD4-"),
    ("right-to-left-override", f"\u202e<img src=x onerror={S}>\u202c"),
    ("astral-plane", f"\U0001f600<svg/onload={S}>\U0001f600"),
    (
        "polyglot",
        "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/"
        f"</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd={S}//>\\x3e",
    ),
    # --- short payloads, for the commenter's name (50 characters at most)
    ("short-script", "<script>alert(1)</script>"),
    ("short-img", "<img src=x onerror=alert(1)>"),
    ("short-svg", "<svg/onload=alert(1)>"),
    ("short-breakout", '"><svg/onload=alert(1)>'),
    ("short-single-quote", "'onmouseover=alert(1) x='"),
    ("short-json-ld", "</script><script>alert(1)</script>"),
    ("short-details", "<details open ontoggle=alert(1)>"),
    ("short-template", "{{7*7}}{% debug %}"),
    # --- very long input: the dangerous part after 2,000 harmless characters
    ("long-comment", "Long story. " * 170 + f"<img src=x onerror={S}>"),
    ("long-many-scripts", f"<script>{S}</script>" * 40),
)

# Template-injection strings run no script: evaluated, they would show 49 or dump the template
# context; they must show exactly as typed.
TEMPLATE_INJECTIONS = {"template-django", "template-others", "short-template"}

# Values a URL field must refuse (a reference's link): they would run script when followed.
DANGEROUS_URLS = (
    f"javascript:{S}",
    f"JaVaScRiPt:{S}",
    f" javascript:{S}",
    f"java\tscript:{S}",
    f"&#106;avascript:{S}",
    f"data:text/html,<script>{S}</script>",
    "vbscript:msgbox(1)",
)

# URLs a URL field accepts that still carry markup in their query (they must be escaped).
MARKUP_IN_URLS = (
    'https://example.org/?q="><svg/onload=alert(1)>',
    "https://example.org/#'onmouseover=alert(1)//",
    "https://example.org/?</script><script>alert(1)</script>",
)

NAME_MAX_LENGTH = 50


def by_name(name):
    return next(payload for payload in PAYLOADS if payload.name == name)


def names_for_commenters():
    """Payloads short enough for the commenter's name field."""
    return [payload for payload in PAYLOADS if len(payload.text) <= NAME_MAX_LENGTH]
