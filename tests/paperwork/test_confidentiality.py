"""The confidentiality undertaking has every element: Art. 29, Art. 32(4), Art. 5(1)(f), briefing, duration,
consequences, and a signature block per person."""

from __future__ import annotations

import pytest

from techpaten.paperwork.models import HelperRole, ProcessingDetails

from .checks import FORMATS, assert_gaps, assert_german_headings, assert_names_version_and_disclaimer, assert_phrases
from .parse import produce_text

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
@pytest.mark.parametrize("item", list(ITEMS))
def test_the_undertaking_contains_every_element(member, engagement, fmt, item):
    assert_phrases(produce_text(engagement, "confidentiality", fmt, "en"), ITEMS[item])


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_undertaking_names_the_organisation_and_carries_version_and_disclaimer(member, engagement, fmt):
    assert_names_version_and_disclaimer(engagement, "confidentiality", fmt, ("Kita Sonnenschein", "Vera Volkmann"))
    assert_german_headings(engagement, "confidentiality", fmt, list(ITEMS))


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_a_team_the_member_s_name_is_a_gap(engagement, fmt):
    ProcessingDetails.objects.create(engagement=engagement, helper_role=HelperRole.MEMBER)
    engagement.team.members.all().delete()
    assert_gaps(engagement, "confidentiality", fmt, ("full name of the member", "what the team runs or looks after"))
    assert "Vera Volunteer" not in produce_text(engagement, "confidentiality", fmt)


@pytest.fixture
def member(details):
    """The same engagement with the team acting under the organisation's authority (Art. 29 GDPR)."""
    details.helper_role = HelperRole.MEMBER
    details.save()
    return details


def test_a_church_sponsor_binds_to_the_church_duty_of_confidentiality(member, engagement):
    engagement.organisation.sponsor_kind = "protestant"
    engagement.organisation.save()
    text = produce_text(engagement, "confidentiality", "docx", "en")
    assert_phrases(text, ("§ 26 DSG-EKD",))
    assert "Art. 29" not in text and "GDPR" not in text.replace("instead of the GDPR", "")
