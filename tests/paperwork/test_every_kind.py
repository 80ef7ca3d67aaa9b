"""Every document type, through the pages people use: the organisation's admin downloads it in both editable formats
and it opens with both parties' names and its template version; the print view marks the gaps to fill in."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from techpaten.paperwork.documents.base import Blank
from techpaten.paperwork.documents.registry import KINDS
from techpaten.paperwork.render import blank_text

from .checks import FORMATS, assert_phrases
from .parse import text_of

# The golden engagement's team is a processor (AVV); the confidentiality undertaking is for a member team.
ROLE_FOR = {"confidentiality": "member"}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_organisation_admin_downloads_it_and_it_opens(admin_client_, details, engagement, kind, fmt):
    details.helper_role = ROLE_FOR.get(kind, "processor")
    details.save()
    response = admin_client_.get(reverse("paperwork:download", args=[engagement.pk, kind, fmt]))
    assert response.status_code == 200
    assert_phrases(text_of(response.content, fmt), ("Kita Sonnenschein", "Vera Volkmann", KINDS[kind].template_version))


@pytest.mark.parametrize("kind", sorted(set(KINDS) - {"avv", "confidentiality"}))
def test_the_print_view_shows_it_with_its_gaps_marked(admin_client_, engagement, kind):
    response = admin_client_.get(reverse("paperwork:document", args=[engagement.pk, kind]))
    assert response.status_code == 200
    with translation.override("de"):
        gap = blank_text(Blank("")).rstrip("] ")
    assert_phrases(response.content.decode(), ("Kita Sonnenschein", KINDS[kind].template_version, gap))
