"""Every reference to a person (a foreign key, many-to-many or one-to-one to the user model, in any installed app)
belongs to a data category, so "My data" and the account deletion cannot forget a new one.

A category names what it exports and deletes in `covers` ("app_label.Model.field"); the allow-list below holds the
few framework tables that are no data about the person in the sense of the export, each with its reason.
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings

from techpaten.privacy.categories import CATEGORIES, DELETION_ORDER

NOT_EXPORTED = {
    # Django admin's change log: the record of what staff did, kept for accountability. Entries *about* a deleted
    # person are redacted by AccountData; staff see their own actions in the admin.
    "admin.LogEntry.user": "staff's admin log",
}


def user_references() -> set[str]:
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    found = set()
    for model in apps.get_models():  # concrete models; auto-created M2M tables stand behind their field
        for field in model._meta.get_fields():
            if field.auto_created or not field.is_relation or field.related_model is not user_model:
                continue
            found.add(f"{model._meta.label}.{field.name}")
    return found


def covered() -> dict[str, str]:
    return {reference: category.key for category in CATEGORIES for reference in category.covers}


def test_the_walk_finds_the_references_of_every_app():
    apps_seen = {reference.split(".")[0] for reference in user_references()}
    assert {"account", "mfa", "organisations", "offers", "meetings", "engagements", "costs", "feedback"} <= apps_seen


def test_every_reference_to_a_person_has_a_data_category():
    missing = sorted(user_references() - set(covered()) - set(NOT_EXPORTED))
    assert not missing, f"add these to the `covers` of a category in techpaten/privacy (export and delete): {missing}"


def test_no_category_names_a_reference_that_does_not_exist():
    assert sorted(set(covered()) - user_references()) == []
    assert sorted(set(NOT_EXPORTED) - user_references()) == []


def test_no_reference_is_claimed_twice_and_none_is_both_covered_and_allowed():
    claims = [reference for category in CATEGORIES for reference in category.covers]
    assert len(claims) == len(set(claims))
    assert not set(claims) & set(NOT_EXPORTED)


def test_every_category_is_exported_and_deleted():
    assert {category.key for category in DELETION_ORDER} == {category.key for category in CATEGORIES}
