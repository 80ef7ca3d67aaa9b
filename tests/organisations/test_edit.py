from __future__ import annotations

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from techpaten.needs.search import search_needs
from techpaten.organisations.models import Organisation
from techpaten.places.plz import lookup


def url(organisation: Organisation) -> str:
    return reverse("organisations:edit", args=[organisation.slug])


def form_data(organisation: Organisation, **overrides: str) -> dict[str, str]:
    data = {
        "name": organisation.name,
        "sector": str(organisation.sector_id),
        "is_formal": "on",
        "description": organisation.description,
        "plz": organisation.plz,
        "town": organisation.town,
        "contact_email": organisation.contact_email,
        "contact_phone": organisation.contact_phone,
        "contact_address": organisation.contact_address,
    }
    data.update(overrides)
    return data


def test_an_admin_sees_the_filled_in_form(admin_client_, organisation):
    response = admin_client_.get(url(organisation))
    assert response.status_code == 200
    assert organisation.contact_email in response.text


def test_an_admin_saves_changes_and_the_slug_stays(admin_client_, organisation):
    response = admin_client_.post(url(organisation), form_data(organisation, name="Kita Mondschein", plz="14467"))
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.name == "Kita Mondschein"
    assert organisation.slug == "kita-sonnenschein"
    point = lookup("14467")
    assert point is not None
    assert organisation.latitude == point.latitude


def test_a_rename_reaches_the_search_index_of_its_needs(admin_client_, organisation, need):
    admin_client_.post(url(organisation), form_data(organisation, name="Kita Mondschein"))
    assert list(search_needs({"q": "Mondschein"})) == [need]
    assert list(search_needs({"q": "Sonnenschein"})) == []


def test_an_unknown_postcode_is_a_clear_error_and_nothing_changes(admin_client_, organisation):
    response = admin_client_.post(url(organisation), form_data(organisation, name="Anders", plz="00000"))
    assert response.status_code == 200
    with translation.override("de"):
        expected = gettext("We do not know the postcode %(plz)s. Please check it.") % {"plz": "00000"}
    assert expected in response.text
    organisation.refresh_from_db()
    assert (organisation.name, organisation.plz) == ("Kita Sonnenschein", "10115")


def test_a_plain_member_may_not_edit(member_client, organisation):
    assert member_client.get(url(organisation)).status_code == 403
    assert member_client.post(url(organisation), form_data(organisation, name="X")).status_code == 403
    organisation.refresh_from_db()
    assert organisation.name == "Kita Sonnenschein"


def test_an_outsider_gets_404(outsider_client, organisation):
    assert outsider_client.get(url(organisation)).status_code == 404
    assert outsider_client.post(url(organisation), form_data(organisation, name="X")).status_code == 404


def test_anonymous_visitors_are_sent_to_login(client, organisation):
    response = client.get(url(organisation))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
