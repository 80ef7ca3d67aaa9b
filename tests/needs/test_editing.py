"""Creating and editing needs: members only, drafts or published, skills pre-filled from the use cases."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from techpaten.needs.models import Need
from techpaten.needs.search import search_needs
from techpaten.taxonomy.models import Skill, UseCase


def create_url(organisation) -> str:
    return reverse("needs:create", args=[organisation.slug])


def form_data(**overrides) -> dict:
    data = {
        "title": "Eine Cloud für unsere Dateien",
        "description": "Wir legen alles auf USB-Sticks ab.\nDas soll besser werden.",
        "use_cases": [str(UseCase.objects.get(slug="files").pk)],
        "kind": Need.Kind.ONGOING,
        "size": Need.Size.MEDIUM,
        "urgency": Need.Urgency.HIGH,
        "remote_ok": "on",
        "monthly_budget": "12,50",
        "action": "publish",
    }
    data.update(overrides)
    return data


def skill_slugs(need: Need) -> set[str]:
    return set(need.skills.values_list("slug", flat=True))


# Create -------------------------------------------------------------------------------------------------------------


def test_a_member_publishes_a_new_need(member_client, organisation, org_member):
    response = member_client.post(create_url(organisation), form_data())
    need = Need.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("needs:detail", args=[need.pk])
    assert need.organisation == organisation
    assert need.created_by == org_member
    assert need.status == Need.Status.OPEN
    assert need.published_at is not None
    assert need.kind == Need.Kind.ONGOING
    assert need.size == Need.Size.MEDIUM
    assert need.urgency == Need.Urgency.HIGH
    assert need.remote_ok is True
    assert need.monthly_budget_cents == 1250  # German decimal comma, stored in cents
    assert list(need.use_cases.values_list("slug", flat=True)) == ["files"]
    assert list(search_needs({"q": "Eine Cloud"})) == [need]  # the database indexed the new need


def test_saving_as_draft_keeps_the_need_unpublished(admin_client_, organisation):
    admin_client_.post(create_url(organisation), form_data(action="draft"))
    need = Need.objects.get()
    assert need.status == Need.Status.DRAFT
    assert need.published_at is None


def test_without_ticked_skills_the_use_cases_suggest_them(member_client, organisation):
    use_cases = UseCase.objects.filter(slug__in=["files", "mail"])
    member_client.post(create_url(organisation), form_data(use_cases=[str(u.pk) for u in use_cases]))
    # files: nextcloud, linux, backup; mail: mailserver, linux, security
    assert skill_slugs(Need.objects.get()) == {"nextcloud", "linux", "backup", "mailserver", "security"}


def test_ticked_skills_are_kept_as_chosen(member_client, organisation):
    member_client.post(create_url(organisation), form_data(skills=[str(Skill.objects.get(slug="training").pk)]))
    assert skill_slugs(Need.objects.get()) == {"training"}


def test_the_form_carries_each_use_cases_suggested_skills_for_the_script(member_client, organisation):
    response = member_client.get(create_url(organisation))
    assert response.status_code == 200
    content = response.content.decode()
    calendar = UseCase.objects.get(slug="calendar")
    nextcloud = Skill.objects.get(slug="nextcloud")
    assert f'data-suggested-skills="{nextcloud.pk}"' in content
    assert f'value="{calendar.pk}"' in content
    assert "js/need-form.js" in content
    assert 'name="action" value="draft"' in content
    assert 'name="action" value="publish"' in content


def test_an_outsider_cannot_create_a_need(outsider_client, organisation):
    assert outsider_client.get(create_url(organisation)).status_code == 404
    assert outsider_client.post(create_url(organisation), form_data()).status_code == 404
    assert Need.objects.count() == 0


def test_a_volunteer_cannot_create_a_need_for_an_organisation(volunteer_client, organisation):
    assert volunteer_client.post(create_url(organisation), form_data()).status_code == 404


def test_an_unknown_organisation_is_404(member_client, db):
    assert member_client.get(reverse("needs:create", args=["nope"])).status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client, organisation):
    response = client.post(create_url(organisation), form_data())
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert Need.objects.count() == 0


def test_a_need_needs_at_least_one_use_case(member_client, organisation):
    response = member_client.post(create_url(organisation), form_data(use_cases=[]))
    assert response.status_code == 200
    with translation.override("de"):
        expected = gettext("Please choose at least one use case.")
    assert response.context["form"].errors["use_cases"] == [expected]
    assert escape(expected) in response.content.decode()
    assert Need.objects.count() == 0


@pytest.mark.parametrize(
    ("budget", "msgid"),
    [
        ("-5", "The budget cannot be negative. Enter 0 if there is no budget."),
        ("viel", "Please enter an amount in euros, for example 0, 25 or 12.50."),
        ("200000", "Please enter at most 100,000 € per month."),
    ],
)
def test_a_bad_budget_is_explained(member_client, organisation, budget, msgid):
    response = member_client.post(create_url(organisation), form_data(monthly_budget=budget))
    with translation.override("de"):
        expected = gettext(msgid)
    assert response.context["form"].errors["monthly_budget"] == [expected]
    assert escape(expected) in response.content.decode()
    assert Need.objects.count() == 0


@pytest.mark.parametrize(("typed", "cents"), [("0", 0), ("25", 2500), ("12,50 €", 1250), ("0,05", 5)])
def test_budgets_are_read_as_people_type_them_and_kept_in_cents(member_client, organisation, typed, cents):
    member_client.post(create_url(organisation), form_data(monthly_budget=typed))
    assert Need.objects.get().monthly_budget_cents == cents


def test_the_edit_form_shows_the_budget_in_euros(member_client, need):
    Need.objects.filter(pk=need.pk).update(monthly_budget_cents=1250)
    response = member_client.get(reverse("needs:edit", args=[need.pk]))
    assert 'name="monthly_budget" value="12,50"' in response.content.decode()


def test_a_title_is_required(member_client, organisation):
    response = member_client.post(create_url(organisation), form_data(title=""))
    assert "title" in response.context["form"].errors
    assert Need.objects.count() == 0


# Edit ---------------------------------------------------------------------------------------------------------------


def edit_url(need: Need) -> str:
    return reverse("needs:edit", args=[need.pk])


def test_a_member_edits_a_need(member_client, need):
    response = member_client.get(edit_url(need))
    assert response.status_code == 200
    assert need.title in response.content.decode()
    response = member_client.post(edit_url(need), form_data(title="Neuer Titel", action="save"))
    assert response.status_code == 302
    need.refresh_from_db()
    assert need.title == "Neuer Titel"
    assert list(search_needs({"q": "neuer titel"})) == [need]  # the index follows the edit
    assert need.status == Need.Status.OPEN
    assert list(need.use_cases.values_list("slug", flat=True)) == ["files"]


def test_editing_keeps_a_status_changed_meanwhile(member_client, need):
    Need.objects.filter(pk=need.pk).update(status=Need.Status.MATCHED)
    member_client.post(edit_url(need), form_data(action="save"))
    need.refresh_from_db()
    assert need.status == Need.Status.MATCHED


def test_publishing_a_draft_from_the_edit_form(member_client, organisation):
    from tests import factories

    draft = factories.make_need(organisation, status=Need.Status.DRAFT)
    assert 'value="publish"' in member_client.get(edit_url(draft)).content.decode()
    member_client.post(edit_url(draft), form_data(action="publish"))
    draft.refresh_from_db()
    assert draft.status == Need.Status.OPEN
    assert draft.published_at is not None


def test_an_outsider_cannot_edit(outsider_client, need):
    assert outsider_client.get(edit_url(need)).status_code == 404
    assert outsider_client.post(edit_url(need), form_data(title="Gehackt")).status_code == 404
    need.refresh_from_db()
    assert need.title != "Gehackt"


def test_anonymous_visitors_are_sent_to_log_in_to_edit(client, need):
    response = client.get(edit_url(need))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_bad_input_on_edit_writes_nothing(member_client, need):
    old_title = need.title
    response = member_client.post(edit_url(need), form_data(title="Neu", monthly_budget="-1", use_cases=[]))
    assert response.status_code == 200
    with translation.override("de"):
        expected = gettext("Please choose at least one use case.")
    assert escape(expected) in response.content.decode()
    need.refresh_from_db()
    assert need.title == old_title
    assert list(need.use_cases.values_list("slug", flat=True)) == ["photos"]
