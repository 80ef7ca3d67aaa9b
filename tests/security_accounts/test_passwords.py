"""Passwords: at least 12 characters, long ones welcome, no composition rules, common ones refused, Argon2."""

from __future__ import annotations

import pytest
from django.contrib.auth.hashers import Argon2PasswordHasher
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

from techpaten.accounts.models import User
from techpaten.mail.models import OutgoingMail


def signup(client, password: str):
    return client.post(
        reverse("account_signup"),
        {
            "email": "neu@example.org",
            "password1": password,
            "password2": password,
            "name": "Nora",
            "accept_privacy": "on",
        },
    )


def test_a_128_character_password_signs_up_fine(client, db, django_capture_on_commit_callbacks):
    password = ("Ein Satz aus vielen Wörtern ist ein gutes Passwort. " * 3)[:128]
    assert len(password) == 128
    with django_capture_on_commit_callbacks(execute=True):
        response = signup(client, password)
    assert response.status_code == 302
    user = User.objects.get(email="neu@example.org")
    assert user.check_password(password)


def test_even_a_very_long_password_is_not_capped(db):
    validate_password("x7" * 500)  # 1000 characters: no maximum anywhere in the validators


def test_a_password_shorter_than_12_characters_is_refused(client, db):
    response = signup(client, "kurz.aber11")
    assert response.status_code == 200
    assert "password1" in response.context["form"].errors
    assert not User.objects.exists()
    assert not OutgoingMail.objects.exists()


@pytest.mark.parametrize("password", ["9073518264097315", "nurkleinbuchstabenhier", "NURGROSSBUCHSTABEN"])
def test_there_are_no_composition_rules(db, password):
    validate_password(password)


@pytest.mark.parametrize("password", ["qwerty123456", "1qaz2wsx3edc"])
def test_a_common_password_from_djangos_list_is_refused(client, db, password):
    with pytest.raises(ValidationError):
        validate_password(password)
    response = signup(client, password)
    assert "password1" in response.context["form"].errors
    assert not User.objects.exists()


def test_argon2_is_the_first_hasher_in_the_production_settings():
    # The tests hash with MD5 for speed (settings_test overrides it); the production module keeps its own list.
    from techpaten import settings as production

    assert production.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def test_argon2_works_on_this_machine():
    hasher = Argon2PasswordHasher()
    encoded = hasher.encode("ein langes geheimes Passwort", hasher.salt())
    assert encoded.startswith("argon2$argon2id$")
    assert hasher.verify("ein langes geheimes Passwort", encoded)
    assert not hasher.verify("ein anderes Passwort!", encoded)
