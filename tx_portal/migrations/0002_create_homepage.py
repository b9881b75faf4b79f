"""Make a HomePage the site's root in place of Wagtail's placeholder "Welcome" page."""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("tx_portal.HomePage")

    placeholder_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    # Deleting the placeholder also deletes the Site that points at it.
    Page.objects.filter(content_type=placeholder_type, slug="home", depth=2).delete()
    if HomePage.objects.exists():
        return

    homepage_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="tx_portal")
    homepage = HomePage.objects.create(
        title="Treatment for heroin and opioid addiction",
        draft_title="Treatment for heroin and opioid addiction",
        slug="home",
        content_type=homepage_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=Locale.objects.order_by("pk").first(),
        introduction="Plain-language information about treatment that works.",
    )
    root = Page.objects.get(depth=1)
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.create(hostname="localhost", port=80, root_page=homepage, is_default_site=True)


def remove_homepage(apps, schema_editor):
    apps.get_model("tx_portal.HomePage").objects.filter(slug="home", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("tx_portal", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
