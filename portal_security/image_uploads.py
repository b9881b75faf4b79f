"""Image uploads that cannot make the admin answer 500: decompression bombs and broken files.

Wagtail's image field opens an upload lazily: the pixel count (WAGTAILIMAGES_MAX_IMAGE_PIXELS) is
read only after its own "is this an image" check, so Pillow's DecompressionBombError (a 30,000 x
30,000 PNG) or a file cut off in its header escaped as a 500. Here the same checks run with those
errors turned into form errors. Pillow reads only the header for the size, so a bomb is refused
without allocating it; a PNG is also checked to the end of its chunks (Pillow's `verify()`, which
decodes no pixels) so a truncated file is refused at upload, not when a thumbnail is made.
Used by every image form (WAGTAILIMAGES_IMAGE_FORM_BASE), the single and the multiple uploader.
"""

import copy
import warnings

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

UNREADABLE = _(
    "This file is not a complete image (it may be damaged or cut short). Please upload it again."
)


class SafeImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        try:
            with warnings.catch_warnings():
                # Between Pillow's limit and twice it Pillow only warns: Wagtail's limit decides.
                warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
                super().check_image_pixel_size(f)
        except PILImage.DecompressionBombError as error:
            raise ValidationError(
                _("This file has too many pixels. Maximum pixels %(max_pixels_count)s.")
                % {"max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            ) from error
        except (OSError, SyntaxError, ValueError, EOFError) as error:
            raise ValidationError(UNREADABLE, code="invalid_image") from error
        self.check_complete(f)

    @staticmethod
    def check_complete(f):
        if getattr(f.image, "format_name", "") != "png":
            return
        stream = f.image.f
        position = stream.tell()
        try:
            stream.seek(0)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
                PILImage.open(stream).verify()
        except Exception as error:  # noqa: BLE001 - Pillow raises many kinds for a broken file
            raise ValidationError(UNREADABLE, code="invalid_image") from error
        finally:
            stream.seek(position)


class SafeImageForm(BaseImageForm):
    file = SafeImageField(
        label=_("File"), widget=copy.deepcopy(BaseImageForm._meta.widgets["file"])
    )
