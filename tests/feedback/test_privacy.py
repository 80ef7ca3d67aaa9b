"""The reviews in "My data" and on account deletion: what a person wrote stays (as "deleted user"), what is about
the person goes with them."""

from __future__ import annotations

from django.urls import reverse

from techpaten.feedback import services
from techpaten.feedback.models import Feedback
from techpaten.feedback.privacy import FeedbackData
from techpaten.privacy.categories import CATEGORIES, DELETION_ORDER
from techpaten.privacy.services import delete_account
from tests.texts import de, shown

from .helpers import REPLY

ABOUT_VERA = "Vera hat die Nextcloud sauber eingerichtet, danke!"
BY_VERA = "Die Kita war gut vorbereitet und immer erreichbar."


def test_the_category_is_exported_and_deleted_with_the_account():
    assert "feedback" in {category.key for category in CATEGORIES}
    assert "feedback" in {category.key for category in DELETION_ORDER}


def test_the_export_holds_reviews_written_received_and_replies(closed_need, org_admin, volunteer, organisation):
    about = services.write_about_volunteer(closed_need, org_admin, volunteer, ABOUT_VERA)
    services.reply(about, volunteer, REPLY)
    by = services.write_about_organisation(closed_need, volunteer, BY_VERA)
    services.reply(by, org_admin, "Danke Vera, gerne wieder mit Ihnen.")

    vera = FeedbackData().export(volunteer)
    assert [row["text"] for row in vera["written"]] == [BY_VERA]
    assert vera["written"][0]["about"] == organisation.name
    assert [(row["text"], row["reply"]) for row in vera["received"]] == [(ABOUT_VERA, REPLY)]
    assert vera["received"][0]["organisation"] == organisation.name
    assert "Anna" not in str(vera["received"])  # the organisation wrote it; the admin's name is theirs

    anna = FeedbackData().export(org_admin)
    assert [row["text"] for row in anna["written"]] == [ABOUT_VERA]
    assert anna["received"] == []
    assert [row["reply"] for row in anna["replies"]] == ["Danke Vera, gerne wieder mit Ihnen."]


def test_the_my_data_page_lists_the_reviews(volunteer_client, closed_need, org_admin, volunteer):
    services.write_about_volunteer(closed_need, org_admin, volunteer, ABOUT_VERA)
    services.write_about_organisation(closed_need, volunteer, BY_VERA)
    response = volunteer_client.get(reverse("privacy:my_data"))
    assert shown(response, ABOUT_VERA) and shown(response, BY_VERA)


def test_deleting_the_volunteer_keeps_their_reviews_as_deleted_user_and_deletes_those_about_them(
    client, closed_need, org_admin, volunteer, organisation
):
    services.write_about_volunteer(closed_need, org_admin, volunteer, ABOUT_VERA)
    services.write_about_organisation(closed_need, volunteer, BY_VERA)
    delete_account(volunteer)
    assert not Feedback.objects.filter(text=ABOUT_VERA).exists()
    kept = Feedback.objects.get(text=BY_VERA)
    assert kept.author is None and kept.organisation == organisation
    page = client.get(reverse("organisations:detail", args=[organisation.slug]))
    assert shown(page, BY_VERA)
    assert shown(page, de("by %(name)s", name=de("deleted user")))


def test_deleting_an_admin_keeps_their_review_and_reply(closed_need, org_admin, second_admin, volunteer):
    about = services.write_about_volunteer(closed_need, org_admin, volunteer, ABOUT_VERA)
    services.reply(about, volunteer, REPLY)
    by = services.write_about_organisation(closed_need, volunteer, BY_VERA)
    services.reply(by, org_admin, "Danke Vera, gerne wieder mit Ihnen.")
    delete_account(org_admin)
    about.refresh_from_db()
    by.refresh_from_db()
    assert about.author is None and about.text == ABOUT_VERA and about.reply == REPLY
    assert by.replied_by is None and by.reply == "Danke Vera, gerne wieder mit Ihnen."


def test_the_deletion_counts_what_it_did(closed_need, org_admin, volunteer):
    services.write_about_volunteer(closed_need, org_admin, volunteer, ABOUT_VERA)
    services.write_about_organisation(closed_need, volunteer, BY_VERA)
    counts = FeedbackData().delete_or_anonymise(volunteer)
    assert counts == {"reviews_deleted": 1, "reviews_anonymised": 1, "review_replies_anonymised": 0}
