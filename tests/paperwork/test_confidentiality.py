"""The confidentiality undertaking has every element: Art. 29, Art. 32(4), Art. 5(1)(f), briefing, duration,
consequences, and a signature block per person."""

from __future__ import annotations

import pytest

from techpaten.paperwork.models import HelperRole, ProcessingDetails

from .checks import FORMATS, assert_gaps, assert_phrases
from .parse import produce_text

KIND = "confidentiality"
NAMES = ("Kita Sonnenschein", "Vera Volkmann")  # the parties, as named (test_every_kind)
FIXTURE = "member"  # the engagement set up for this document (test_every_kind.py)

ITEMS = {
    "scope": ("I help Kita Sonnenschein", "undertake to keep this data confidential"),
    "obligation": ("Art. 29", "Art. 32(4)", "only on the instructions of Kita Sonnenschein"),
    "principles": ("Art. 5(1)(f)", "appropriate security"),
    "briefing": ("I was briefed on the principles of data protection",),
    "duration": ("continues after my task, my membership or my work",),
    "consequences": ("Art. 83 GDPR", "§ 42 BDSG", "Art. 82 GDPR"),
    "signatures": ("Name: Vera Volkmann", "Member: Vera Volkmann", "Briefed for the organisation by: Anna Admin"),
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_a_team_the_member_s_name_is_a_gap(engagement, fmt):
    ProcessingDetails.objects.create(engagement=engagement, helper_role=HelperRole.MEMBER)
    engagement.team.members.all().delete()
    assert_gaps(engagement, "confidentiality", fmt, ("full name of the member", "what the team runs or looks after"))
    assert "Vera Volunteer" not in produce_text(engagement, "confidentiality", fmt)


def test_a_church_sponsor_binds_to_the_church_duty_of_confidentiality(member, engagement):
    engagement.organisation.sponsor_kind = "protestant"
    engagement.organisation.save()
    text = produce_text(engagement, "confidentiality", "docx", "en")
    assert_phrases(text, ("§ 26 DSG-EKD",))
    assert "Art. 29" not in text and "GDPR" not in text.replace("instead of the GDPR", "")
