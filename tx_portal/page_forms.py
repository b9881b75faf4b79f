"""The page editor's form for the portal's pages: Wagtail's, with a clearer message when the
page's address is already taken.

Autosave saves a new page as a draft as soon as it has a title; an editor who leaves and starts
the page again finds its address taken by that draft. Wagtail only says the slug is in use; this
says by which page, and whether it is a draft that was never published."""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page


class PortalPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        slug = cleaned_data.get("slug") or self.data.get("slug")
        if "slug" in self.errors and slug and self.parent_page is not None:
            holder = self.sibling_with_slug(slug)
            if holder is not None:
                self.errors["slug"] = self.error_class([self.taken_message(slug, holder)])
        return cleaned_data

    def sibling_with_slug(self, slug):
        siblings = self.parent_page.get_children().filter(slug=slug)
        if self.instance.pk:
            siblings = siblings.exclude(pk=self.instance.pk)
        return siblings.only("title", "draft_title", "live", "first_published_at").first()

    @staticmethod
    def taken_message(slug, holder: Page):
        if not holder.live and holder.first_published_at is None:
            return (
                f"The address “{slug}” is taken by an earlier draft, “{holder.draft_title}”, "
                "never published (perhaps saved automatically when a page was started before). "
                "Open that draft from the section's page list and carry on there, delete it, or "
                "choose another slug here."
            )
        state = "published" if holder.live else "unpublished"
        return (
            f"The address “{slug}” is taken by the {state} page “{holder.draft_title}” in this "
            "section: choose another slug."
        )
