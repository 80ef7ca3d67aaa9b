"""Sections and hooks wire the apps above into the pages and questions of the apps below (core.sections, core.hooks).

A slot a page collects that no app fills, or a provider registered for a slot no page collects (a typo), would fail
silently; so would a hook nobody answers.
"""

from __future__ import annotations

import re
from pathlib import Path

from techpaten.core.sections import Section, collect, register, slots
from techpaten.needs.hooks import closed_to_volunteer
from techpaten.volunteers.hooks import hidden_profile_readers

ROOT = Path(__file__).resolve().parents[2] / "techpaten"
COLLECTED = re.compile(r"""collect\(\s*["']([\w.]+)["']""")


def collected_slots() -> set[str]:
    return {slot for path in ROOT.rglob("*.py") for slot in COLLECTED.findall(path.read_text())}


def test_every_slot_a_page_collects_is_filled_and_every_filled_slot_is_collected():
    assert collected_slots() == set(slots())


def test_every_hook_has_an_answer_from_above():
    assert closed_to_volunteer.answerers() == ["techpaten.offers.rules.closed_needs"]
    assert hidden_profile_readers.answerers() == ["techpaten.offers.access.offered_to_their_organisation"]


def test_sections_come_in_their_order_and_a_provider_may_add_nothing(rf):
    @register("test.page", order=20)
    def second(request, obj, state):
        return Section("second.html", {"obj": obj})

    @register("test.page", order=10)
    def first(request, obj, state):
        return Section("first.html", dict(state))

    @register("test.page", order=30)
    def nothing(request, obj, state):
        return None

    try:
        found = collect("test.page", rf.get("/"), "x", form="bound")
        assert [(s.template, s.context) for s in found] == [
            ("first.html", {"form": "bound"}),
            ("second.html", {"obj": "x"}),
        ]
    finally:
        from techpaten.core import sections

        del sections._providers["test.page"]
