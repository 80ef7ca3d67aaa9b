"""The requirement library's sources say which ones a registered reviewer has checked, by whom and when; only
reviewers can mark a source as checked, and a check never touches the (possibly frozen) requirement itself."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from techpaten.compliance import sources
from techpaten.compliance.models import Requirement, SourceCheck

CODE = "kita-photo-consent-per-purpose"


def de(text: str, **values: str) -> str:
    with translation.override("de"):
        return gettext(text) % values if values else gettext(text)


def page(client) -> str:
    return client.get(reverse("compliance:requirement", args=[CODE])).content.decode()


def check_url() -> str:
    return reverse("compliance:check_source", args=[CODE])


def test_every_source_says_it_is_not_yet_checked_until_a_reviewer_checks_it(client, db):
    requirement = Requirement.objects.get(code=CODE)
    html = page(client)
    assert html.count(de("not yet checked by a reviewer")) == len(requirement.source_list)


def test_a_reviewer_marks_a_source_as_checked_with_name_and_date(client, reviewer):
    client.force_login(reviewer)
    requirement = Requirement.objects.get(code=CODE)
    before = requirement.text_de
    response = client.post(check_url(), {"source": "0", "note": "Fundstelle geprüft."}, follow=True)
    check = SourceCheck.objects.get()
    assert check.source == requirement.source_list[0]
    assert (check.checked_by, check.checked_on, check.note) == (reviewer, timezone.localdate(), "Fundstelle geprüft.")
    html = response.content.decode()
    assert "status-approved" in html and reviewer.display_name in html
    assert html.count(de("not yet checked by a reviewer")) == len(requirement.source_list) - 1
    requirement.refresh_from_db()
    assert requirement.text_de == before


def test_a_check_covers_the_source_wherever_it_is_cited(reviewer, db):
    requirement = Requirement.objects.get(code=CODE)
    sources.mark_checked(requirement, 0, reviewer)
    others = [r for r in Requirement.objects.all() if requirement.source_list[0] in r.source_list and r != requirement]
    sources.attach(others)
    assert others and all(r.checked_sources[r.source_list.index(requirement.source_list[0])].checked for r in others)


def test_only_reviewers_learn_that_the_check_address_works(client, org_admin, staff, db):
    for user in (org_admin, staff):
        client.force_login(user)
        assert client.post(check_url(), {"source": "0"}).status_code == 404
    client.logout()
    assert client.post(check_url(), {"source": "0"}).url.startswith(reverse("account_login"))
    assert not SourceCheck.objects.exists()


def test_a_source_that_does_not_exist_writes_nothing(client, reviewer):
    client.force_login(reviewer)
    for bad in ("99", "-1", "eins", ""):
        response = client.post(check_url(), {"source": bad}, follow=True)
        assert de("This source does not exist.") in response.content.decode(), bad
    assert not SourceCheck.objects.exists()


def test_reviewers_see_a_button_per_source_and_others_do_not(client, reviewer, org_admin):
    client.force_login(org_admin)
    assert check_url() not in page(client)
    client.force_login(reviewer)
    assert page(client).count(check_url()) == len(Requirement.objects.get(code=CODE).source_list)
