"""Refresh the German catalogue from the code and fill it from translation files.

    python scripts/update_translations.py [translations.json ...]

Runs `makemessages -l de` (needs GNU gettext's xgettext: apt-get install gettext), then fills every empty or fuzzy
msgstr whose msgid appears in one of the JSON files ({"msgid": "msgstr"}; plurals as "one||many": "eins||viele"),
and lists what is still untranslated. Source strings are English, so English needs no catalogue.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "techpaten" / "locale" / "de" / "LC_MESSAGES" / "django.po"


def load_translations(paths: list[str]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for path in paths:
        merged.update(json.loads(Path(path).read_text(encoding="utf-8")))
    return merged


def main(argv: list[str]) -> int:
    env = {**os.environ, "DEBUG": "1"}
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "de", "--no-location", "--ignore", ".venv/*",
         "--ignore", "tests/*", "--ignore", "staticfiles/*", "--ignore", "scripts/*"],
        cwd=ROOT, env=env, check=True,
    )  # fmt: skip
    translations = load_translations(argv)
    po = polib.pofile(str(CATALOGUE))
    po.metadata["Language"] = "de"
    po.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    for entry in po:
        if entry.obsolete:
            continue
        key = f"{entry.msgid}||{entry.msgid_plural}" if entry.msgid_plural else entry.msgid
        done = entry.msgstr_plural.get(0) if entry.msgid_plural else entry.msgstr
        if done and "fuzzy" not in entry.flags:
            continue
        if key in translations:
            value = translations[key]
            if entry.msgid_plural:
                one, _sep, many = value.partition("||")
                entry.msgstr_plural = {0: one, 1: many or one}
            else:
                entry.msgstr = value
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            # gettext's guess from a similar old string ("#| msgid") means nothing once the entry is translated.
            entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
    po.save()
    missing = [e.msgid for e in po.untranslated_entries() + po.fuzzy_entries() if not e.obsolete]
    for msgid in missing:
        print(f"untranslated: {msgid!r}")
    print(f"{po.percent_translated()}% translated, {len(missing)} missing")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
