"""The saved-search digest: new needs once, one mail per person, headers for one-click unsubscribing, bounded work."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from techpaten.alerts import digests
from techpaten.alerts.digests import KIND, Result, send_due
from techpaten.alerts.models import DigestEntry, SavedSearch
from techpaten.mail.models import OutgoingMail
from techpaten.needs.search_match import NewNeeds
from tests import factories
from tests.concurrency import run_concurrently

from .conftest import saved

DAY = timedelta(days=1)


def test_a_new_need_is_mailed_once_even_when_the_job_runs_twice(volunteer, organisation, run_digests):
    saved(volunteer, {"q": "Nextcloud"}, ago=DAY)
    need = factories.make_need(organisation, title="Nextcloud für die Kita")
    factories.make_need(organisation, title="Drucker im Büro")  # does not match
    first = run_digests()
    second = run_digests()
    assert (first.mails, first.needs, second.mails) == (1, 1, 0)
    assert len(mail.outbox) == 1
    assert need.title in mail.outbox[0].body
    assert "Drucker" not in mail.outbox[0].body
    assert DigestEntry.objects.filter(user=volunteer, need=need).count() == 1


def test_the_next_days_run_sends_only_what_is_new_since(volunteer, organisation, run_digests):
    saved(volunteer, {"q": "Nextcloud"}, ago=DAY)
    factories.make_need(organisation, title="Nextcloud für die Kita")
    run_digests()
    later = factories.make_need(organisation, title="Nextcloud für den Hort")
    assert run_digests(timezone.now() + DAY).mails == 1
    assert len(mail.outbox) == 2
    assert later.title in mail.outbox[1].body
    assert "Kita" not in mail.outbox[1].subject + mail.outbox[1].body.split("==")[1]


def test_two_overlapping_searches_make_one_mail_with_each_need_once(volunteer, organisation, run_digests):
    saved(volunteer, {"q": "Nextcloud"}, ago=DAY)
    saved(volunteer, {"plz": "14467", "radius": "30"}, frequency="weekly", ago=8 * DAY)
    need = factories.make_need(organisation, title="Nextcloud für die Kita")
    assert run_digests().mails == 1
    assert mail.outbox[0].body.count(need.title) == 1
    # The weekly search's next digest does not bring it again either.
    SavedSearch.objects.update(due_on=timezone.localdate())
    assert run_digests().mails == 0
    assert len(mail.outbox) == 1


def test_needs_published_before_the_search_was_saved_are_not_new(volunteer, organisation, run_digests):
    factories.make_need(organisation, title="Nextcloud für die Kita", published_at=timezone.now() - 2 * DAY)
    saved(volunteer, {"q": "Nextcloud"}, ago=DAY)
    assert run_digests().mails == 0
    assert mail.outbox == []


def test_drafts_closed_needs_and_needs_with_a_team_are_left_out(volunteer, organisation, run_digests):
    saved(volunteer, ago=DAY)
    for status in ("draft", "closed", "matched"):
        factories.make_need(organisation, title=f"Bedarf {status}", status=status)
    assert run_digests().mails == 0


def test_a_weekly_search_waits_seven_days_and_a_switched_off_one_never_mails(
    volunteer, org_member, organisation, run_digests
):
    weekly = saved(volunteer, frequency="weekly")
    off = saved(org_member, ago=DAY)
    SavedSearch.objects.filter(pk=off.pk).update(frequency="off")
    factories.make_need(organisation)
    assert weekly.due_on == timezone.localdate() + 7 * DAY
    assert run_digests(timezone.now() + 6 * DAY).mails == 0
    assert run_digests(timezone.now() + 7 * DAY).mails == 1
    assert [m.to for m in mail.outbox] == [[volunteer.email]]
    assert SavedSearch.objects.get(pk=weekly.pk).due_on == timezone.localdate() + 14 * DAY


def test_the_mail_carries_the_unsubscribe_headers_and_links_and_no_contact_detail(
    volunteer, organisation, run_digests, settings
):
    search = saved(volunteer, {"q": "Nextcloud"}, ago=DAY, name="Nextcloud überall")
    factories.make_need(organisation, title="Nextcloud für die Kita")
    run_digests()
    message = mail.outbox[0]
    assert message.to == [volunteer.email]
    assert message.subject == "1 neuer Bedarf für Ihre gespeicherten Suchen"
    unsubscribe = message.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith(f"<{settings.SITE_URL}/saved-searches/unsubscribe/")
    assert unsubscribe.endswith("/one-click/>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html = message.alternatives[0][0]
    for body in (message.body, html):
        assert "Nextcloud überall" in body
        assert organisation.name in body
        assert "/saved-searches/unsubscribe/" in body
        for private in (organisation.contact_email, organisation.contact_phone, organisation.contact_address):
            assert private not in body
    assert OutgoingMail.objects.get().kind == f"mail/{KIND}"
    assert SavedSearch.objects.get(pk=search.pk).last_mailed_at is not None


def test_the_digest_is_in_the_persons_language(volunteer, organisation, run_digests):
    volunteer.language = "en"
    volunteer.save()
    saved(volunteer, ago=DAY)
    factories.make_need(organisation)
    run_digests()
    assert mail.outbox[0].subject == "1 new need for your saved searches"


def test_at_most_ten_needs_per_search_and_the_rest_counted(volunteer, organisation, run_digests):
    saved(volunteer, ago=DAY)
    for n in range(12):
        factories.make_need(organisation, title=f"Bedarf Nummer {n:02}")
    run_digests()
    body = mail.outbox[0].body
    assert body.count("Bedarf Nummer") == 10
    assert "Bedarf Nummer 11" in body and "Bedarf Nummer 00" not in body  # the newest
    assert "und 2 weitere" in body


def test_a_deactivated_account_gets_no_digest(volunteer, organisation, run_digests):
    saved(volunteer, ago=DAY)
    volunteer.is_active = False
    volunteer.save()
    factories.make_need(organisation)
    assert run_digests().mails == 0


def test_the_command_reports_what_it_sent(volunteer, organisation, django_capture_on_commit_callbacks, capsys):
    saved(volunteer, ago=DAY)
    factories.make_need(organisation)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_digests")
    assert "1 digest(s) sent with 1 need(s) for 1 saved search(es)." in capsys.readouterr().out
    assert len(mail.outbox) == 1


def test_old_entries_are_pruned(volunteer, need):
    DigestEntry.objects.create(user=volunteer, need=need, sent_at=timezone.now() - 40 * DAY)
    send_due()
    assert not DigestEntry.objects.exists()


def test_a_batch_with_an_earlier_bound_than_the_needs_loaded_loads_them_again(
    volunteer, organisation, django_capture_on_commit_callbacks
):
    # The run loads the new needs once, from the earliest bound of the searches due when it starts; a search made due
    # by hand after that, with an earlier bound, must not miss what lies between.
    saved(volunteer, {"q": "Nextcloud"}, ago=3 * DAY)
    need = factories.make_need(organisation, title="Nextcloud für die Kita", published_at=timezone.now() - 2 * DAY)
    now = timezone.now()
    result = Result()
    with django_capture_on_commit_callbacks(execute=True):
        digests._send_batch([volunteer.pk], timezone.localdate(now), now, NewNeeds.load(now - DAY), result)
    assert (result.mails, result.needs) == (1, 1)
    assert need.title in mail.outbox[0].body


def people_with_searches(count: int, organisation) -> None:
    for n in range(count):
        user = factories.make_user()
        saved(user, {"q": "Nextcloud"} if n % 2 else {"plz": "14467", "radius": str(20 + n)}, ago=DAY)
        saved(user, {"sector": "kita"}, ago=DAY)
    factories.make_need(organisation, title="Nextcloud für die Kita")


def queries_of_a_run() -> int:
    with CaptureQueriesContext(connection) as queries:
        result = send_due()
    assert result.mails > 0
    return len(queries)


@pytest.mark.django_db
def test_the_queries_of_a_run_do_not_grow_with_people_or_searches(organisation):
    people_with_searches(2, organisation)
    few = queries_of_a_run()
    SavedSearch.objects.all().delete()
    DigestEntry.objects.all().delete()
    people_with_searches(20, organisation)
    assert queries_of_a_run() == few


def distinct_searches(count: int, organisation) -> None:
    """`count` different saved searches (each its own radius, some with words or a kind of organisation), up to 20
    a person, and a need they all find."""
    people = [factories.make_user() for _ in range(-(-count // 20))]
    for n in range(count):
        filters = {"plz": "14467", "radius": str(30 + n), "reach": "either" if n % 2 else "nearby"}
        filters.update({"q": "Nextcloud"} if n % 3 == 1 else {"sector": "kita"} if n % 3 == 2 else {})
        saved(people[n // 20], filters, ago=DAY)
    factories.make_need(organisation, title="Nextcloud für die Kita")


@pytest.mark.django_db
def test_the_queries_of_a_run_do_not_grow_with_the_number_of_different_searches(organisation):
    distinct_searches(3, organisation)
    few = queries_of_a_run()
    SavedSearch.objects.all().delete()
    DigestEntry.objects.all().delete()
    distinct_searches(150, organisation)
    assert SavedSearch.objects.values("key").distinct().count() == 150
    assert queries_of_a_run() == few


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_runs_at_the_same_time_send_each_digest_once(organisation):
    people = [factories.make_user() for _ in range(6)]
    for person in people:
        saved(person, {"q": "Nextcloud"}, ago=DAY)
        saved(person, {"sector": "kita"}, frequency="weekly", ago=8 * DAY)
    factories.make_need(organisation, title="Nextcloud für die Kita")
    mail.outbox = []

    results = run_concurrently(lambda: send_due(batch=2))

    assert sum(result.mails for result in results) == 6
    assert sorted(message.to[0] for message in mail.outbox) == sorted(person.email for person in people)
    assert DigestEntry.objects.count() == 6
