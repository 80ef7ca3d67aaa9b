"""privacy:delete_account — confirm, re-authenticate, then everything goes that others do not need."""

from __future__ import annotations

from django.apps import apps
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.core import mail
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from techpaten.accounts.models import User
from techpaten.conversations.models import Message
from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.organisations.models import Membership, Organisation
from techpaten.privacy.models import AuditEvent
from techpaten.privacy.services import blocking_message

from .. import factories
from .conftest import reauthenticate

URL = "/delete-account/"


def de(msgid: str) -> str:
    with translation.override("de"):
        return gettext(msgid)


def delete(client: Client, **data: str):
    return client.post(reverse("privacy:delete_account"), {"confirm": "on", **data})


def where_text_appears(text: str) -> list[str]:
    """Every model field (text, e-mail, JSON) in the whole database that still contains `text`."""
    found = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            textual = isinstance(field, models.CharField | models.TextField | models.JSONField)
            if textual and model._default_manager.filter(**{f"{field.name}__icontains": text}).exists():
                found.append(f"{model._meta.label}.{field.name}")
    return found


def test_the_url_is_where_the_settings_link_points():
    assert reverse("privacy:delete_account") == URL


def test_the_confirm_page_says_what_happens(volunteer_client, volunteer):
    response = volunteer_client.get(URL)
    assert response.status_code == 200
    assert 'name="confirm"' in response.content.decode()
    assert User.objects.filter(pk=volunteer.pk).exists()


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_deleting_asks_for_the_password_again_and_then_deletes(volunteer_client, volunteer):
    response = delete(volunteer_client)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert User.objects.filter(pk=volunteer.pk).exists()
    # allauth replays the suspended POST once the password is confirmed.
    response = volunteer_client.post(
        f"{reverse('account_reauthenticate')}?next={URL}", {"password": factories.PASSWORD, "next": URL}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert not User.objects.filter(pk=volunteer.pk).exists()


def test_a_wrong_password_deletes_nothing(volunteer_client, volunteer):
    delete(volunteer_client)
    response = volunteer_client.post(reverse("account_reauthenticate"), {"password": "wrong password here"})
    assert response.status_code == 200
    assert User.objects.filter(pk=volunteer.pk).exists()


def test_without_the_tick_nothing_is_deleted(volunteer_client, volunteer):
    reauthenticate(volunteer_client)
    response = volunteer_client.post(URL, {})
    assert response.status_code == 200
    assert de("Please tick the box to confirm that you want to delete your account.") in response.content.decode()
    assert User.objects.filter(pk=volunteer.pk).exists()


def test_get_deletes_nothing_and_other_methods_are_refused(volunteer_client, volunteer):
    assert volunteer_client.put(URL).status_code == 405
    assert volunteer_client.get(URL, {"confirm": "on"}).status_code == 200
    assert User.objects.filter(pk=volunteer.pk).exists()


def test_after_deletion_the_address_and_name_appear_nowhere(world, client, django_capture_on_commit_callbacks):
    # The scan finds the address where it was: the account, allauth's address, the invitation, the queued mail.
    assert {
        "accounts.User.email",
        "account.EmailAddress.email",
        "organisations.Invitation.email",
        "mail.OutgoingMail.to",
    } <= set(where_text_appears("vera.volunteer@example.org"))
    client.force_login(world.volunteer)
    reauthenticate(client)
    with django_capture_on_commit_callbacks(execute=True):
        response = delete(client)
    assert response.status_code == 302
    assert where_text_appears("vera.volunteer@example.org") == []
    assert where_text_appears("Vera Volunteer") == []


def test_messages_stay_without_author_and_the_other_side_still_sees_them(world, client, org_admin):
    client.force_login(world.volunteer)
    reauthenticate(client)
    delete(client)
    world.own_message.refresh_from_db()
    assert world.own_message.author is None
    assert Message.objects.filter(pk=world.their_message.pk, author=org_admin).exists()
    offer = Offer.objects.get(pk=world.offer.pk)
    assert (offer.volunteer, offer.status) == (None, Offer.Status.WITHDRAWN)

    admin = Client()
    admin.force_login(org_admin)
    page = admin.get(reverse("offers:detail", args=[offer.pk])).content.decode()
    assert "Vera schreibt: Passt Dienstag?" in page
    assert de("deleted user") in page
    need_page = admin.get(reverse("needs:detail", args=[offer.need_id])).content.decode()
    assert de("deleted user") in need_page


def test_pending_offers_are_withdrawn_and_the_admins_told(world, client, org_admin, django_capture_on_commit_callbacks):
    client.force_login(world.volunteer)
    reauthenticate(client)
    with django_capture_on_commit_callbacks(execute=True):
        delete(client)
    assert [m.to for m in mail.outbox] == [[org_admin.email]]
    # The other volunteer's offer is untouched.
    assert Offer.objects.get(pk=world.other_offer.pk).status == Offer.Status.PENDING


def test_everything_only_hers_is_gone_and_the_rest_cut_loose(world, client):
    volunteer = world.volunteer
    client.force_login(volunteer)
    reauthenticate(client)
    delete(client)
    assert not User.objects.filter(pk=volunteer.pk).exists()
    assert not Membership.objects.filter(organisation=world.verein).exclude(role="admin").exists()
    need = Need.objects.get(pk=world.need_written.pk)
    assert need.created_by is None  # the need belongs to the Sportverein and stays
    from allauth.account.models import EmailAddress

    assert not EmailAddress.objects.filter(email__iexact=volunteer.email).exists()


def test_every_session_of_the_person_ends(world, client):
    other_device = Client()
    other_device.force_login(world.volunteer)
    client.force_login(world.volunteer)
    reauthenticate(client)
    pk = str(world.volunteer.pk)
    assert [s.get_decoded().get(SESSION_KEY) for s in Session.objects.all()].count(pk) == 2
    delete(client)
    assert pk not in [s.get_decoded().get(SESSION_KEY) for s in Session.objects.all()]
    assert other_device.get(reverse("dashboard")).status_code == 302
    assert client.get(reverse("dashboard")).status_code == 302


def test_the_deletion_is_audited_without_personal_data(world, client):
    client.force_login(world.volunteer)
    reauthenticate(client)
    delete(client)
    event = AuditEvent.objects.get(kind=AuditEvent.Kind.ACCOUNT_DELETED)
    assert event.details["reason"] == "self"
    assert event.details["messages_anonymised"] == 1
    assert event.details["offers_withdrawn"] == 1
    assert event.subject_ref and str(world.volunteer.pk) != event.subject_ref
    stored = f"{event.subject_ref} {event.details}"
    for personal in ["vera", "Vera", "example.org", "Sportverein", "Nextcloud"]:
        assert personal not in stored


def test_the_last_admin_of_an_organisation_with_members_is_refused(admin_client_, org_admin, org_member, organisation):
    page = admin_client_.get(URL).content.decode()
    with translation.override("de"):
        expected = blocking_message([organisation])
    assert 'name="confirm"' not in page
    reauthenticate(admin_client_)
    audits = AuditEvent.objects.count()
    response = delete(admin_client_)
    assert response.status_code == 200
    assert expected.replace("'", "&#x27;") in response.content.decode()
    assert User.objects.filter(pk=org_admin.pk).exists()
    assert Membership.objects.filter(user=org_admin, organisation=organisation, role="admin").exists()
    assert AuditEvent.objects.count() == audits


def test_the_only_member_takes_the_organisation_and_its_needs_along(admin_client_, org_admin, organisation, need):
    page = admin_client_.get(URL).content.decode()
    assert organisation.name in page
    reauthenticate(admin_client_)
    delete(admin_client_)
    assert not Organisation.objects.filter(pk=organisation.pk).exists()
    assert not Need.objects.filter(pk=need.pk).exists()
    assert AuditEvent.objects.get().details["organisations_deleted"] == 1


def test_an_admin_among_several_admins_may_leave(admin_client_, org_admin, org_member, organisation):
    Membership.objects.filter(user=org_member).update(role="admin")
    reauthenticate(admin_client_)
    delete(admin_client_)
    assert not User.objects.filter(pk=org_admin.pk).exists()
    assert Organisation.objects.filter(pk=organisation.pk).exists()


def test_an_organisation_contact_address_that_is_the_login_address_is_removed(admin_client_, org_admin, organisation):
    other = factories.make_user("zweite@kita.example")
    factories.add_member(organisation, other, role="admin")
    Organisation.objects.filter(pk=organisation.pk).update(contact_email="Anna.Admin@kita.example")
    reauthenticate(admin_client_)
    delete(admin_client_)
    assert Organisation.objects.get(pk=organisation.pk).contact_email == ""


def test_with_sessions_cached_in_redis_the_cached_copies_end_too(world, client, settings):
    # REDIS_URL switches to cached_db sessions: deleting only the database row would leave the copy in the cache.
    from django.contrib.sessions.backends.cached_db import SessionStore

    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    other_device = Client()
    other_device.force_login(world.volunteer)
    other_key = other_device.session.session_key
    client.force_login(world.volunteer)
    reauthenticate(client)
    assert SessionStore().exists(other_key)
    delete(client)
    assert not SessionStore().exists(other_key)
    assert not Session.objects.filter(session_key=other_key).exists()
