"""Rich text that names an object by an id that cannot be one (`<a linktype="page" id="abc">`).

The editor's Draftail widget turns the link and image entities an editor's browser sends into
stored tags as given, so a crafted post could store an id that is not a number; Wagtail then
raised ValueError both when the editor loaded it again and when the published page expanded it.

- On save (the widget's value_from_datadict) and when the editor loads a value (format_value),
  such entities lose their id: a link stays as text (`<a>`, what Wagtail shows for a link to a
  page that no longer exists), an embedded image is dropped.
- On the published page, the page, document and image handlers treat an id that is not an id
  as a missing object, so one bad value can never make a page answer 500, whatever is stored.
"""

from django.core.exceptions import ValidationError
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.images.rich_text import ImageEmbedHandler
from wagtail.rich_text import features
from wagtail.rich_text.pages import PageLinkHandler
from wagtail.rich_text.rewriters import FIND_A_TAG, FIND_EMBED_TAG, extract_attrs


def is_valid_id(model, value):
    pk = model._meta.pk
    while pk.remote_field is not None:  # a child model's link to its parent's id
        pk = pk.target_field
    try:
        converted = pk.to_python(value)
    except (ValidationError, TypeError, ValueError):
        return False
    if isinstance(converted, int):
        return 0 < converted < 2**63
    return converted not in (None, "")


def _model_for(handlers, kind):
    handler = handlers.get(kind)
    get_model = getattr(handler, "get_model", None)
    if get_model is None:
        return None
    try:
        return get_model()
    except (NotImplementedError, LookupError):
        return None


def drop_invalid_entities(html):
    """`html` with each link or embed whose id cannot name its object made harmless."""
    if not html or ("linktype" not in html and "embedtype" not in html):
        return html
    link_types = features.get_link_types()
    embed_types = features.get_embed_types()

    def link(match):
        attrs = extract_attrs(match.group(1))
        model = _model_for(link_types, attrs.get("linktype"))
        if model is not None and not is_valid_id(model, attrs.get("id")):
            return "<a>"
        return match.group(0)

    def embed(match):
        attrs = extract_attrs(match.group(1))
        model = _model_for(embed_types, attrs.get("embedtype"))
        if model is not None and not is_valid_id(model, attrs.get("id")):
            return ""
        return match.group(0)

    return FIND_EMBED_TAG.sub(embed, FIND_A_TAG.sub(link, html))


class ValidatingDraftailRichTextArea(DraftailRichTextArea):
    """Wagtail's Draftail editor (WAGTAILADMIN_RICH_TEXT_EDITORS), storing no invalid entity."""

    def format_value(self, value):
        return super().format_value(
            drop_invalid_entities(value) if isinstance(value, str) else value
        )

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        return drop_invalid_entities(value) if isinstance(value, str) else value


class ValidIdsMixin:
    """get_many/get_instance that answer "missing" for an id that is not an id."""

    @classmethod
    def get_many(cls, attrs_list):
        model = cls.get_model()
        valid = [i for i, attrs in enumerate(attrs_list) if is_valid_id(model, attrs.get("id"))]
        found = super().get_many([attrs_list[i] for i in valid]) if valid else []
        results = [None] * len(attrs_list)
        for index, instance in zip(valid, found, strict=True):
            results[index] = instance
        return results

    @classmethod
    def get_instance(cls, attrs):
        model = cls.get_model()
        if not is_valid_id(model, attrs.get("id")):
            raise model.DoesNotExist(f"not an id: {str(attrs.get('id'))[:40]!r}")
        return super().get_instance(attrs)


class SafePageLinkHandler(ValidIdsMixin, PageLinkHandler):
    pass


class SafeDocumentLinkHandler(ValidIdsMixin, DocumentLinkHandler):
    pass


class SafeImageEmbedHandler(ValidIdsMixin, ImageEmbedHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        try:
            return super().expand_db_attributes_many(attrs_list)
        except (KeyError, LookupError, ValueError, TypeError):
            # One embed without a known format: each on its own, a bad one as an empty image.
            return [cls._expand_one(attrs) for attrs in attrs_list]

    @classmethod
    def _expand_one(cls, attrs):
        try:
            return super().expand_db_attributes_many([attrs])[0]
        except (KeyError, LookupError, ValueError, TypeError):
            return '<img alt="">'


def register_safe_handlers(features_registry):
    features_registry.register_link_type(SafePageLinkHandler)
    features_registry.register_link_type(SafeDocumentLinkHandler)
    features_registry.register_embed_type(SafeImageEmbedHandler)
