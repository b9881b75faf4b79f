"""Admin form widgets for choosing pages from a list."""

from django import forms


class PageCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes for pages that say which are unpublished drafts: ticking one links the page to
    something readers cannot see yet (the public page leaves drafts out)."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        page = getattr(value, "instance", None)
        if page is not None and not page.live:
            option["label"] = f"{label} (draft, not published)"
        return option
