"""The confidentiality undertaking has every element: Art. 29, Art. 32(4), Art. 5(1)(f), briefing, duration,
consequences, and a signature block per person."""

from __future__ import annotations

import pytest

from .checks import FORMATS, assert_gaps
from .parse import produce_text

KIND = "confidentiality"
ITEMS = {
    "scope": ("I help Kita Sonnenschein", "undertake to keep this data confidential"),
    "obligation": ("Art. 29", "Art. 32(4)", "only on the instructions of Kita Sonnenschein"),
    "principles": ("Art. 5(1)(f)", "appropriate security"),
    "briefing": ("I was briefed on the principles of data protection",),
    "duration": ("continues after my task, my membership or my work",),
    "consequences": ("Art. 83 GDPR", "§ 42 BDSG", "Art. 82 GDPR"),
    "signatures": ("Name: Vera Volunteer", "Member: Vera Volunteer", "Briefed for the organisation by: Anna Admin"),
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_a_team_the_member_s_name_is_a_gap(engagement, fmt):
    engagement.team.members.all().delete()
    assert_gaps(engagement, "confidentiality", fmt, ("name of the member", "what the team runs or looks after"))
    assert "Vera Volunteer" not in produce_text(engagement, "confidentiality", fmt)
