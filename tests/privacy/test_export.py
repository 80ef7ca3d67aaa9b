"""privacy:my_data and privacy:download — everything about oneself, nothing about anybody else."""

from __future__ import annotations

import json

from django.urls import reverse
from django.utils.html import escape

from techpaten.privacy.categories import CATEGORIES

from .. import factories
from ..meetings.conftest import make_meeting


def download(client):
    response = client.get(reverse("privacy:download"))
    assert response.status_code == 200
    return response, json.loads(response.content.decode("utf-8"))


def test_the_download_is_a_json_attachment_with_every_category(world, client):
    client.force_login(world.volunteer)
    response, data = download(client)
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="techpaten-my-data-')
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert set(data) == {"exported_at"} | {category.key for category in CATEGORIES}
    assert {"account", "volunteer_profile", "memberships", "offers", "messages", "needs_created", "mails"} <= set(data)


def test_the_download_holds_the_persons_own_records(world, client):
    client.force_login(world.volunteer)
    _response, data = download(client)
    assert data["account"]["email"] == "vera.volunteer@example.org"
    assert data["account"]["name"] == "Vera Volunteer"
    assert [a["email"] for a in data["account"]["email_addresses"]] == ["vera.volunteer@example.org"]
    assert data["volunteer_profile"]["display_name"] == "Vera Volunteer"
    assert data["volunteer_profile"]["plz"] == "14467"
    assert [m["organisation"]["name"] for m in data["memberships"]["memberships"]] == ["Sportverein Nord"]
    assert [i["organisation"] for i in data["memberships"]["invitations"]] == ["Sportverein Nord"]
    assert [n["title"] for n in data["needs_created"]] == ["Vereinsdrucker einrichten"]
    assert [o["message"] for o in data["offers"]] == ["Ich kann Nextcloud, Veras Angebot."]
    assert [m["body"] for m in data["messages"]] == ["Vera schreibt: Passt Dienstag?"]
    assert [m["subject"] for m in data["mails"]] == ["Betreff an Vera"]


def test_the_download_holds_nothing_of_other_people(world, client, org_admin, org_member, other_member):
    client.force_login(world.volunteer)
    response, _data = download(client)
    text = response.content.decode("utf-8")
    # Another volunteer's offer and messages on the same need, the other side's message in one's own conversation,
    # the members of one's organisations (their addresses and names are their data, not one's own).
    for foreign in [
        "Theos geheimes Angebot.",
        "Theo fragt etwas anderes.",
        "theo.third@example.org",
        "Anna antwortet: Dienstag passt.",
        org_admin.email,
        org_member.email,
        other_member.email,
        "Otto Anders",
        "Anna Admin",
    ]:
        assert foreign not in text, foreign


def test_a_person_with_nothing_but_an_account_gets_empty_categories(client, db):
    user = factories.make_user("neu@example.org")
    client.force_login(user)
    _response, data = download(client)
    assert data["volunteer_profile"] is None
    assert data["offers"] == data["messages"] == data["needs_created"] == data["mails"] == []
    assert data["memberships"] == {"memberships": [], "invitations": []}
    assert data["meetings"] == []
    assert all(records == [] for records in data["organisation_acts"].values())


def test_the_readable_page_shows_the_same_records(world, client):
    client.force_login(world.volunteer)
    response = client.get(reverse("privacy:my_data"))
    assert response.status_code == 200
    html = response.content.decode()
    for own in [
        "vera.volunteer@example.org",
        "Sportverein Nord",
        "Vereinsdrucker einrichten",
        "Ich kann Nextcloud, Veras Angebot.",
        "Vera schreibt: Passt Dienstag?",
        "Betreff an Vera",
    ]:
        assert escape(own) in html, own
    for foreign in ["Theos geheimes Angebot.", "Anna antwortet: Dienstag passt.", "otto.other@verein.example"]:
        assert escape(foreign) not in html, foreign
    assert reverse("privacy:download") in html
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_the_pages_ask_anonymous_visitors_to_log_in(client, db):
    for name in ["privacy:my_data", "privacy:download"]:
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_the_pages_answer_only_get(world, client):
    client.force_login(world.volunteer)
    for name in ["privacy:my_data", "privacy:download"]:
        assert client.post(reverse(name)).status_code == 405


def test_the_account_settings_link_to_the_data_and_to_deletion(volunteer_client):
    html = volunteer_client.get(reverse("account_settings")).content.decode()
    assert reverse("privacy:my_data") in html
    assert reverse("privacy:delete_account") in html


def test_first_meetings_the_person_proposed_or_answered_are_in_the_download_and_on_the_page(world, client, org_admin):
    make_meeting(world.offer, world.volunteer, place="Café Kiez", note="Veras Notiz zum Treffen")
    theirs = make_meeting(world.offer, org_admin, place="Kita, Raum 2", note="Annas Notiz zum Treffen")
    theirs.answered_by = world.volunteer
    theirs.save()
    make_meeting(world.other_offer, world.other_volunteer, place="Theos Ort")  # someone else's
    client.force_login(world.volunteer)
    _response, data = download(client)
    assert [m["place"] for m in data["meetings"]] == ["Café Kiez", "Kita, Raum 2"]
    assert [m["yours"] for m in data["meetings"]] == ["vorgeschlagen", "beantwortet"]
    # The note belongs to whoever wrote it: the other side's note is not the person's data.
    assert [m["note"] for m in data["meetings"]] == ["Veras Notiz zum Treffen", ""]
    html = client.get(reverse("privacy:my_data")).content.decode()
    assert "Café Kiez" in html and "Kita, Raum 2" in html
    assert "Theos Ort" not in html and "Annas Notiz" not in html


def test_what_an_admin_answered_for_the_organisation_is_in_the_download_without_other_peoples_names(
    world, client, org_admin
):
    from techpaten.offers import services as offer_services

    offer_services.decline(world.other_offer, org_admin, "Danke, wir haben schon jemanden.")
    client.force_login(org_admin)
    _response, data = download(client)
    answered = data["organisation_acts"]["offers_answered"]
    assert [(o["need"], o["answer"]) for o in answered] == [
        (world.offer.need.title, "Danke, wir haben schon jemanden.")
    ]
    assert "theo.third@example.org" not in json.dumps(data) and "Theo" not in json.dumps(data["organisation_acts"])
