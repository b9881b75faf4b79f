"""`{% kept_html "name" [value ...] %}...{% endkept_html %}`: a part of a Wagtail page that is the
same for every reader, rendered once and kept until something on the site is edited.

Kept in each process under the shared fragments' generation (tx_portal/shared_fragments.py), which
publishing, unpublishing, moving or deleting any page and saving any snippet, image, document or
setting a page can show increments (tx_portal/fragment_invalidation.py); and per site and per page
state (`Page.cache_key`: the page's id, URL and when it was last published). Each further value
names something else the part shows (a filter chosen in the query string): it must have a few
possible values, never a reader's free text.

Rendered every time: where the template shows no page (search, error pages), unless the tag ends
with `also_off_pages` (the part is then kept once per site for every view without a page); in
previews (a draft is shown); and without a shared cache (`SHARED_FRAGMENTS` off). What goes inside
must not depend on the reader: no user, session, CSRF token or query string beyond the values
named.
"""

from django import template
from wagtail.models import Page, Site

from tx_portal import shared_fragments

register = template.Library()


class KeptHtmlNode(template.Node):
    def __init__(self, nodelist, name, vary_on, also_off_pages=False):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on
        self.also_off_pages = also_off_pages

    def render(self, context):
        request = context.get("request")
        page = context.get("page")
        on_a_page = isinstance(page, Page)
        if (
            request is None
            or not (on_a_page or self.also_off_pages)
            or getattr(request, "is_preview", False)
        ):
            return self.nodelist.render(context)
        site = Site.find_for_request(request)
        parts = [self.name, site.pk if site else "-", page.cache_key if on_a_page else "no page"]
        parts += [str(value.resolve(context)) for value in self.vary_on]
        return shared_fragments.get_read_only(
            request, "html:" + ":".join(map(str, parts)), lambda: self.nodelist.render(context)
        )


@register.tag
def kept_html(parser, token):
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError(
            f'{bits[0]} needs a quoted name: {{% {bits[0]} "article" [value ...] %}}'
        )
    also_off_pages = bits[-1] == "also_off_pages"
    if also_off_pages:
        bits = bits[:-1]
    nodelist = parser.parse(("endkept_html",))
    parser.delete_first_token()
    return KeptHtmlNode(
        nodelist, bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]], also_off_pages
    )
