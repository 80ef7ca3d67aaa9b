"""scripts/check_messages.py catches gettext calls inside f-strings: xgettext never extracts them, so their text
stays English in every language (finding 1: the German photo consent showed "☐ Yes, I/we consent.")."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import check_messages  # noqa: E402


def test_a_gettext_call_inside_an_f_string_is_found_with_file_and_line():
    source = "from django.utils.translation import gettext as _\nboxes = f\"{BOX} {_('Yes, I/we consent.')}\"\n"
    assert check_messages.gettext_in_fstrings(source, "photo_consent.py") == [
        "photo_consent.py:2: _() inside an f-string is never extracted"
    ]


def test_every_gettext_name_is_caught_also_as_an_attribute():
    source = (
        "a = f\"{gettext('x')}\"\n"
        "b = f\"{ngettext('one', 'many', n)}\"\n"
        "c = f\"{translation.gettext_lazy('y')}\"\n"
        "d = f\"{pgettext('ctx', 'z')!s:>10}\"\n"
    )
    assert [line.split(":")[1] for line in check_messages.gettext_in_fstrings(source)] == ["1", "2", "3", "4"]


def test_translated_values_placed_into_f_strings_are_fine():
    source = 'yes = _("Yes")\nboxes = f"{BOX} {yes}"\nname = f"{user.name}"\nplain = _("%(a)s") % {"a": f"{x}"}\n'
    assert check_messages.gettext_in_fstrings(source) == []


def test_the_project_has_no_gettext_call_inside_an_f_string():
    assert check_messages.fstring_problems(ROOT) == []
