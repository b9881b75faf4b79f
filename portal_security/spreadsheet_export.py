"""Every admin listing's CSV and XLSX export: cells a spreadsheet would run or refuse, made safe.

Wagtail's exports (SpreadsheetExportMixin: every model listing with `list_export`, the reports,
form submissions) write each value as given:
- in CSV, a cell starting with = + - @ (or a tab or carriage return) is read as a formula by
  Excel and LibreOffice (`=HYPERLINK(...)` in a reader's comment): such a cell gets a leading
  apostrophe, the OWASP advice, which spreadsheets show as text;
- in XLSX, openpyxl refuses control characters (a comment holding one made the export a 500):
  they are replaced with U+FFFD. (Wagtail already stores a formula-looking XLSX cell as text.)

Wagtail has no hook for the value written to a cell, so `preprocess_field_value`, which both
formats call for every cell, is wrapped once at start-up; a system check fails if an upgrade
changes what is wrapped.
"""

import inspect

import wagtail
from django.core import checks
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PATCHED_WAGTAIL = (7, 4)


def _illegal_xlsx_characters():
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE


def safe_cell(value, export_format):
    if not isinstance(value, str):
        return value
    if export_format == SpreadsheetExportMixin.FORMAT_XLSX:
        return _illegal_xlsx_characters().sub("\ufffd", value)
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def install():
    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "portal_safe_cells", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(original(self, field, value, export_format), export_format)

    preprocess_field_value.portal_safe_cells = True
    preprocess_field_value.wrapped = original
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value


@checks.register()
def check_spreadsheet_export_patch(app_configs=None, **kwargs):
    """The wrap above relies on both writers passing every cell through preprocess_field_value."""
    errors = []
    writers = (SpreadsheetExportMixin.write_csv_row, SpreadsheetExportMixin.generate_xlsx_row)
    if tuple(wagtail.VERSION[:2]) != PATCHED_WAGTAIL or not all(
        "self.preprocess_field_value(" in inspect.getsource(writer) for writer in writers
    ):
        errors.append(
            checks.Error(
                "Wagtail's spreadsheet export changed: check that portal_security."
                "spreadsheet_export still escapes every CSV and XLSX cell, then update "
                "PATCHED_WAGTAIL.",
                id="portal_security.E101",
            )
        )
    if not getattr(SpreadsheetExportMixin.preprocess_field_value, "portal_safe_cells", False):
        errors.append(
            checks.Error(
                "Admin exports are not escaped (portal_security.spreadsheet_export.install() "
                "did not run).",
                id="portal_security.E102",
            )
        )
    return errors
