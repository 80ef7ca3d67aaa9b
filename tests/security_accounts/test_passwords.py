"""Passwords: at least 12 characters, long ones welcome, no composition rules, common ones refused, Argon2."""

from __future__ import annotations

import hashlib

import pytest
from django.contrib.auth.hashers import Argon2PasswordHasher
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

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
    password = "".join(hashlib.sha256(str(n).encode()).hexdigest() for n in range(16))
    assert len(password) == 1024
    validate_password(password)  # no maximum anywhere in the validators


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


# (password, what gives it away): twelve characters or more, on no list of common passwords, and still guessable.
GUESSABLE = [
    ("aaaaaaaaaaaa", "repeats a character or a word"),
    ("passwordpassword", "repeats a character or a word"),
    ("Kita2024Kita2024", "repeats a character or a word"),
    ("abcdefghijkl", "is a sequence"),
    ("zyxwvutsrqpo", "is a sequence"),
    ("987654321098", "is a sequence"),
    ("123456789012", "easy to guess"),
    ("qwertzuiopasdf", "easy to guess"),
    ("qwertyuiopasdf", "easy to guess"),
    ("x7" * 500, "repeats a character or a word"),
]


@pytest.mark.parametrize(("password", "reason"), GUESSABLE)
def test_a_repeated_sequential_or_keyboard_password_is_refused_with_the_reason(db, password, reason):
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        validate_password(password)
    assert reason in " ".join(refused.value.messages)


def test_the_reason_is_given_in_german_too(client, db):
    response = signup(client, "passwordpassword")
    assert "wiederholt ein Zeichen oder ein Wort" in " ".join(response.context["form"].errors["password1"])
    assert not User.objects.exists()


@pytest.mark.parametrize(
    "password",
    ["ein langes sicheres Passwort", "Kita-Sonnenschein-Berlin", "WG Lindenstr 4 Bonn", "Grundschule am Park"],
)
def test_passphrases_of_ordinary_words_pass(db, password):
    validate_password(password)


def test_a_password_made_of_the_persons_own_name_is_refused(db):
    user = User(email="sonnenschein.kita@example.org", name="Sonnenschein Kita")
    with pytest.raises(ValidationError):
        validate_password("SonnenscheinKita", user)
