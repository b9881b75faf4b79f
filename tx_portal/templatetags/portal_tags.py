import re

from django import template
from django.conf import settings
from django.utils.text import Truncator
from wagtail.models import Page, Site

from tx_portal import shared_fragments, structured_data
from tx_portal.models import SafetySettings
from tx_portal.text import lines

register = template.Library()
register.filter("lines", lines)


@register.filter
def tel(number):
    """A phone number as dialled in a tel: link ("1-800-662-HELP" keeps its letters out)."""
    return re.sub(r"[^0-9+]", "", number or "")


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page's children shown in menus, each marked as the current page or section."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    current_path = getattr(context.get("page"), "path", "")
    items = []
    if site:
        for title, url, path in shared_fragments.get(
            request, f"main-menu:{site.pk}", lambda: menu_entries(site, request)
        ):
            if current_path == path:
                state = "page"
            elif current_path.startswith(path):
                state = "true"
            else:
                state = ""
            items.append(({"title": title, "url": url}, state))
    return {"items": items, "request": request}


def menu_entries(site, request):
    """(title, URL, tree path) of each page in the main menu."""
    menu = site.root_page.get_children().live().in_menu().only("title", "url_path", "path")
    return [(item.title, item.get_url(request), item.path) for item in menu]


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or not getattr(page, "path", None) or page.depth <= 2:
        return {"ancestors": [], "page": page}
    request = context.get("request")
    ancestors = shared_fragments.get(
        request, f"breadcrumbs:{page.path}", lambda: ancestor_links(page, request)
    )
    return {"ancestors": ancestors, "page": page, "request": request}


def ancestor_links(page, request):
    return [
        {"title": ancestor.title, "url": ancestor.get_url(request), "depth": ancestor.depth}
        for ancestor in page.get_ancestors()
        .filter(depth__gt=1)
        .only("title", "url_path", "path", "depth")
    ]


@register.inclusion_tag("includes/emergency_guidance.html", takes_context=True)
def emergency_guidance(context, heading_level=2):
    safety = SafetySettings.load(request_or_site=context.get("request"))
    return {"guidance": safety.emergency_guidance, "safety": safety, "heading_level": heading_level}


@register.inclusion_tag("includes/page_meta.html", takes_context=True)
def page_meta(context):
    """Description, canonical URL, Open Graph tags and JSON-LD for the page being shown. Views
    that are not Wagtail pages set `meta_title` and `meta_description` in their context."""
    request = context.get("request")
    page = context.get("page")
    if isinstance(page, Page):
        title = page.seo_title or page.title
        description = (
            getattr(page, "summary", "")
            or getattr(page, "introduction", "")
            or page.search_description
        )
        canonical_url = page.get_full_url(request)
        og_type = "article" if hasattr(page, "summary") else "website"
        json_ld = structured_data.to_script(
            structured_data.for_page(page, request, context.get("medications"))
        )
    else:
        title = context.get("meta_title", "")
        description = context.get("meta_description", "")
        canonical_url = request.build_absolute_uri(request.path) if request else ""
        og_type = "website"
        json_ld = ""
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "title": title,
        "description": Truncator(" ".join(description.split())).chars(300),
        "canonical_url": canonical_url,
        "og_type": og_type,
        "json_ld": json_ld,
    }
