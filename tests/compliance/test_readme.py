"""The README's kit section says which requirement sets are approved (in the demo) and that the others are drafts,
with the numbers the code has."""

from __future__ import annotations

from pathlib import Path

from techpaten.compliance.seed_requirements import REQUIREMENTS
from techpaten.demo.dataprotection import APPROVED_SETS, CHECKED_SOURCES
from techpaten.taxonomy.seed import SECTORS, USE_CASES

README = Path(__file__).resolve().parents[2] / "README.md"
NAMES = {"kita": "Kita", "schule": "Schule", "wg": "WG", "verein": "Verein"}


def kit_section() -> str:
    text = README.read_text(encoding="utf-8")
    return " ".join(text.split("## Data-protection kit", 1)[1].split("\n## ", 1)[0].split())


def test_the_readme_names_every_set_the_demo_approves_and_calls_the_rest_drafts():
    section = kit_section()
    assert "None ships approved: every seeded set is a draft" in section
    for sector, use_case in APPROVED_SETS:
        assert f"{NAMES[sector]} \N{MULTIPLICATION SIGN} {use_case}" in section, (sector, use_case)
    total = len(SECTORS) * len(USE_CASES)
    assert f"{total} sets" in section
    assert f"approved {len(APPROVED_SETS)} sets" in section
    assert f"the other {total - len(APPROVED_SETS)} are drafts" in section


def test_the_readme_states_the_size_of_the_library_and_the_checked_sources():
    section = kit_section()
    assert f"{len(REQUIREMENTS)} requirements" in section
    assert "not yet checked by a reviewer" in section
    assert f"has checked {('one', 'two', 'three', 'four')[len(CHECKED_SOURCES) - 1]}" in section
