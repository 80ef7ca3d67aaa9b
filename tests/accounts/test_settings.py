from __future__ import annotations

from django.urls import reverse

from techpaten.accounts.models import User

URL = reverse("account_settings")


def test_the_settings_page_shows_name_and_language(volunteer_client, volunteer):
    response = volunteer_client.get(URL)
    assert response.status_code == 200
    assert 'name="name"' in response.text
    assert 'name="language"' in response.text
    assert volunteer.email in response.text


def test_saving_changes_name_and_language(volunteer_client, volunteer):
    response = volunteer_client.post(URL, {"name": "Vera V.", "language": "en"})
    assert response.status_code == 302
    volunteer.refresh_from_db()
    assert (volunteer.name, volunteer.language) == ("Vera V.", "en")
    assert volunteer_client.get(URL).headers["Content-Language"] == "en"


def test_an_unknown_language_is_an_error_and_nothing_changes(volunteer_client, volunteer):
    response = volunteer_client.post(URL, {"name": "Anders", "language": "xx"})
    assert response.status_code == 200
    assert "language" in response.context["form"].errors
    assert User.objects.get(pk=volunteer.pk).name == "Vera Volunteer"


def test_anonymous_visitors_are_sent_to_login(client, db):
    assert client.get(URL).url.startswith(reverse("account_login"))
