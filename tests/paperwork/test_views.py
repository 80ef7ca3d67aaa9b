"""paperwork views: the documents page, the details form, the print view and the downloads."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from techpaten.paperwork.documents.registry import KINDS
from techpaten.paperwork.models import GeneratedDocument, HelperRole, ProcessingDetails, ProcessorParty
from techpaten.paperwork.views import HISTORY_LIMIT
from techpaten.volunteers.models import TeamMember

from .. import factories
from .parse import docx_text, odt_text


def index_url(engagement) -> str:
    return reverse("paperwork:index", args=[engagement.pk])


def details_url(engagement) -> str:
    return reverse("paperwork:details", args=[engagement.pk])


def download_url(engagement, kind: str = "tom", fmt: str = "docx") -> str:
    return reverse("paperwork:download", args=[engagement.pk, kind, fmt])


def print_url(engagement, kind: str = "tom") -> str:
    return reverse("paperwork:document", args=[engagement.pk, kind])


def every_url(engagement) -> list[str]:
    return [index_url(engagement), details_url(engagement), print_url(engagement), download_url(engagement)]


def test_participants_see_every_offered_document_with_its_version_and_links(
    client, engagement, org_admin, org_member, volunteer
):
    offered_keys = set(KINDS) - {"avv", "confidentiality"}  # the team's role is not decided yet
    for user in (org_admin, org_member, volunteer):
        client.force_login(user)
        response = client.get(index_url(engagement))
        html = response.content.decode()
        assert response.status_code == 200
        for key, kind in KINDS.items():
            with translation.override("de"):
                assert kind.title() in html
            links = download_url(engagement, key, "odt") in html and print_url(engagement, key) in html
            assert links is (key in offered_keys), key
        assert details_url(engagement) in html
        assert reverse("compliance:role_finder") + f"?engagement={engagement.pk}" in html


def test_the_stored_role_decides_the_contract_never_both(admin_client_, details, engagement):
    assert admin_client_.get(print_url(engagement, "avv")).status_code == 200
    assert admin_client_.get(print_url(engagement, "confidentiality")).status_code == 404
    details.helper_role = "member"
    details.save()
    assert admin_client_.get(download_url(engagement, "avv", "odt")).status_code == 404
    assert admin_client_.get(download_url(engagement, "confidentiality", "odt")).status_code == 200
    html = admin_client_.get(index_url(engagement)).content.decode()
    with translation.override("de"):
        assert gettext("Not offered for this engagement") in html
        assert str(HelperRole.MEMBER.label) in html
    details.helper_role = "household"
    details.save()
    for kind in ("avv", "confidentiality"):
        assert admin_client_.get(print_url(engagement, kind)).status_code == 404


def test_outsiders_and_volunteers_not_on_the_team_get_404_everywhere(client, engagement, other_member, volunteer):
    stranger = factories.make_user("sven@example.org", name="Sven Fremd")
    factories.make_volunteer_profile(stranger)
    TeamMember.objects.filter(user=volunteer).update(left_at=engagement.started_at)
    for user in (other_member, stranger, volunteer):
        client.force_login(user)
        for url in every_url(engagement):
            assert client.get(url).status_code == 404, (user, url)
    assert GeneratedDocument.objects.count() == 0


def test_anonymous_visitors_are_sent_to_login(client, engagement):
    for url in every_url(engagement):
        assert client.get(url).url.startswith(reverse("account_login"))


def test_unknown_kinds_and_formats_are_404(admin_client_, engagement):
    assert admin_client_.get(print_url(engagement, "lebenslauf")).status_code == 404
    assert admin_client_.get(download_url(engagement, "lebenslauf")).status_code == 404
    assert admin_client_.get(download_url(engagement, "avv", "pdf")).status_code == 404
    assert GeneratedDocument.objects.count() == 0


@pytest.mark.parametrize(
    ("fmt", "content_type", "read"),
    [
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_text),
        ("odt", "application/vnd.oasis.opendocument.text", odt_text),
    ],
)
def test_a_download_is_a_named_file_and_is_recorded_with_its_version(
    admin_client_, engagement, org_admin, fmt, content_type, read
):
    response = admin_client_.get(download_url(engagement, "tom", fmt))
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    day = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="tom-kita-sonnenschein-{day}.{fmt}"'
    text = read(response.content)
    assert "Kita Sonnenschein" in text and "Vera Volunteer" in text
    record = GeneratedDocument.objects.get()
    assert (record.kind, record.format, record.language, record.created_by) == ("tom", fmt, "de", org_admin)
    assert record.template_version == KINDS["tom"].template_version


def test_the_print_view_marks_gaps_and_is_recorded(member_client, engagement, org_member):
    response = member_client.get(print_url(engagement, "tom"))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<mark class="blank">' in html
    with translation.override("de"):
        assert gettext("[to fill in: %(label)s]") % {"label": gettext("who reviews the measures")} in html
    record = GeneratedDocument.objects.get()
    assert (record.kind, record.format, record.created_by) == ("tom", "html", org_member)


def test_documents_come_in_the_requester_s_language(client, engagement, volunteer):
    volunteer.language = "en"
    volunteer.save()
    client.force_login(volunteer)
    response = client.get(download_url(engagement, "tom", "odt"))
    assert "Technical and organisational measures (TOM)" in odt_text(response.content)
    assert GeneratedDocument.objects.get().language == "en"


def test_the_history_shows_who_generated_what(admin_client_, engagement, org_admin):
    admin_client_.get(download_url(engagement, "vvt", "odt"))
    html = admin_client_.get(index_url(engagement)).content.decode()
    with translation.override("de"):
        assert gettext("OpenDocument (ODT)") in html and KINDS["vvt"].title() in html
    assert "Anna Admin" in html and KINDS["vvt"].template_version in html


def history_rows(html: str) -> list[str]:
    body = html.split('aria-labelledby="history-heading"', 2)[-1].split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return body.split("<tr>")[1:]


def test_opening_a_document_again_is_recorded_but_counted_on_one_history_line(
    client, engagement, org_admin, org_member
):
    client.force_login(org_admin)
    client.get(print_url(engagement, "tom"))
    client.get(print_url(engagement, "tom"))
    client.force_login(org_member)
    client.get(print_url(engagement, "tom"))
    client.get(download_url(engagement, "tom", "docx"))
    assert GeneratedDocument.objects.filter(kind="tom", format="html").count() == 3
    rows = history_rows(client.get(index_url(engagement)).content.decode())
    assert len(rows) == 2
    html_row = next(row for row in rows if gettext_de("print (HTML)") in row)
    assert "<td>3</td>" in html_row and org_member.display_name in html_row
    assert KINDS["tom"].template_version in html_row and org_admin.display_name not in html_row


def test_the_history_names_a_deleted_user_as_such(admin_client_, engagement, org_admin):
    generate(engagement, None, 2)
    rows = history_rows(admin_client_.get(index_url(engagement)).content.decode())
    assert len(rows) == 2 and all(gettext_de("deleted user") in row for row in rows)


def gettext_de(text: str) -> str:
    with translation.override("de"):
        return gettext(text)


FORMATS = [choice.value for choice in GeneratedDocument.Format]


def generate(engagement, user, count: int) -> None:
    """`count` records spread over every kind and format: up to 24 different history lines, then repeats."""
    kinds = list(KINDS.values())
    GeneratedDocument.objects.bulk_create(
        GeneratedDocument(
            engagement=engagement,
            kind=kinds[number % len(kinds)].key,
            template_version=kinds[number % len(kinds)].template_version,
            format=FORMATS[number // len(kinds) % len(FORMATS)],
            language="de",
            created_by=user,
        )
        for number in range(count)
    )


# Session, user, engagement, membership check, whether the viewer may see the contact details, processing details,
# team members, the volunteers' party details, baseline settings, the organisation's sector, the grouped history, the
# unread conversations in the navigation: twelve, however many documents were generated.
INDEX_QUERIES = 12


@pytest.mark.parametrize(("count", "lines"), [(1, 1), (2, 2), (60, HISTORY_LIMIT)])
def test_the_index_query_count_does_not_grow_with_the_history(
    admin_client_, details, engagement, org_admin, django_assert_num_queries, count, lines
):
    generate(engagement, org_admin, count)
    with django_assert_num_queries(INDEX_QUERIES):
        response = admin_client_.get(index_url(engagement))
    # One line per document, format, version and language (24 here at most), the latest 20 of them.
    assert len(history_rows(response.content.decode())) == lines
    assert GeneratedDocument.objects.count() == count


def test_the_details_form_shows_the_catalogue_choices(member_client, engagement, profile):
    html = member_client.get(details_url(engagement)).content.decode()
    assert 'method="post"' in html and profile.name in html and profile.solution.name in html
    assert ProcessingDetails.objects.count() == 0


VALID = {
    "purposes": "Fotos teilen",
    "data_subjects": "Kinder",
    "data_categories": "Fotos",
    "hoster_name": "Hetzner Online GmbH",
    "hoster_country": "Deutschland",
    "hoster_contract": "organisation",
    "backup_retention_days": "30",
    "starts_on": "2026-12-01",
}


def test_any_participant_saves_the_details_and_the_documents_use_them(client, engagement, volunteer, profile):
    client.force_login(volunteer)
    response = client.post(details_url(engagement), {**VALID, "profile": profile.pk}, follow=True)
    assert response.redirect_chain[-1][0] == index_url(engagement)
    with translation.override("de"):
        assert gettext("The details are saved. The documents now use them.") in response.content.decode()
    details = ProcessingDetails.objects.get(engagement=engagement)
    assert (details.solution, details.profile, details.updated_by) == (profile.solution, profile, volunteer)
    assert details.backup_retention_days == 30
    text = docx_text(client.get(download_url(engagement, "tom")).content)
    assert "Hetzner Online GmbH" in text and "twofactor_enforced" in text


@pytest.mark.parametrize(
    "bad",
    [
        {"backup_retention_days": "0"},
        {"backup_retention_days": "viele"},
        {"starts_on": "31.02.2026"},
        {"purposes": "x" * 2001},
        {"solution": "999999"},
    ],
)
def test_bad_input_shows_an_error_and_writes_nothing(admin_client_, engagement, bad):
    response = admin_client_.post(details_url(engagement), {**VALID, **bad})
    assert response.status_code == 200
    assert 'class="form-errors"' in response.content.decode()
    assert ProcessingDetails.objects.count() == 0


def test_a_profile_of_another_solution_is_refused(admin_client_, engagement, details, profile):
    from techpaten.catalogue.models import Solution

    other = Solution.objects.create(slug="jitsi", name="Jitsi Meet", software="Jitsi", summary_de="V", summary_en="V")
    response = admin_client_.post(details_url(engagement), {**VALID, "solution": other.pk, "profile": profile.pk})
    with translation.override("de"):
        assert gettext("This profile belongs to another solution.") in response.content.decode()
    details.refresh_from_db()
    assert details.solution == profile.solution and details.purposes != VALID["purposes"]


def test_a_volunteer_on_the_team_enters_their_own_name_and_address_for_the_contracts(client, engagement, volunteer):
    client.force_login(volunteer)
    html = client.get(details_url(engagement)).content.decode()
    assert 'name="party-legal_name"' in html
    party = {"party-legal_name": "Vera Volkmann", "party-postal_address": "Lindenweg 3, 14467 Potsdam"}
    response = client.post(details_url(engagement), {**VALID, **party})
    assert response.status_code == 302
    saved = ProcessorParty.objects.get(engagement=engagement)
    assert (saved.user, saved.legal_name, saved.postal_address) == (
        volunteer,
        "Vera Volkmann",
        party["party-postal_address"],
    )


def test_the_organisation_s_members_enter_no_party_details_for_the_volunteers(member_client, engagement):
    html = member_client.get(details_url(engagement)).content.decode()
    assert 'name="party-legal_name"' not in html
    member_client.post(details_url(engagement), {**VALID, "party-legal_name": "Jemand Anderes"})
    assert not ProcessorParty.objects.exists()


def test_photos_of_children_cannot_be_given_a_normal_protection_need(admin_client_, engagement):
    response = admin_client_.post(details_url(engagement), {**VALID, "protection_need": "normal"})
    with translation.override("de"):
        assert (
            gettext(
                "Photos of children need at least the protection level “high”. Please choose “high” or “very high”."
            )
            in response.content.decode()
        )
    assert ProcessingDetails.objects.count() == 0
    assert admin_client_.post(details_url(engagement), {**VALID, "protection_need": "high"}).status_code == 302
