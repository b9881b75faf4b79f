from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SearchSynonym


class SearchSynonymViewSet(SnippetViewSet):
    """Under Settings, next to Wagtail's "Promoted search results": the two ways editors steer
    what readers find."""

    model = SearchSynonym
    icon = "search"
    menu_label = "Search synonyms"
    add_to_settings_menu = True
    list_display = ["word", "means"]
    search_fields = ["word", "means"]


register_snippet(SearchSynonymViewSet)
