"""Random and hostile input to every form (hypothesis): never a server error, never stored garbage.

"Garbage" is a row that would not pass its own model validation (full_clean) or text with a NUL character
(PostgreSQL refuses those; SQLite would store them). Each example runs in a savepoint that is rolled back, so the
examples do not build on each other and the world stays as the fixtures made it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache
from django.db import models, transaction
from django.urls import reverse
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from techpaten.accounts.models import User
from techpaten.conversations.models import Message
from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.organisations.models import Invitation, Membership, Organisation
from techpaten.taxonomy.models import Sector, Skill, UseCase
from techpaten.volunteers.models import VolunteerProfile
from tests import factories

from .conftest import World

HOSTILE = [
    "",
    " ",
    "\x00",
    "Kita\x00Sonnenschein",
    "\u202egnp.exe",  # right-to-left override
    "\u200f\u200e\u2066",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "' OR '1'='1' --",
    "1; DROP TABLE needs_need; --",
    "%00",
    "../../../etc/passwd",
    "{{ settings.SECRET_KEY }}",
    "-1",
    "0",
    "-0",
    "1e309",
    "NaN",
    "-Infinity",
    "99999999999999999999999999",
    "2147483648",
    "32768",
    "12,50 €",
    "\uff11\uff10\uff11\uff11\uff15",  # 10115 in full-width digits
    "x" * 10_000,
    "ä" * 5_001,
    "😀" * 300,
    "\r\n\t",
    "null",
    "[]",
]
SAMPLES = 20
scalar = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40), st.integers().map(str))


@dataclass(frozen=True)
class Form:
    name: str
    persona: str
    url: Callable[[World], str]
    # field → plausible values, mixed with hostile ones so the checks behind the first field get reached too
    fields: dict[str, list[str]]
    method: str = "post"
    fixed: dict[str, str] = field(default_factory=dict)


def values(plausible: list[str]) -> st.SearchStrategy[Any]:
    one = st.one_of(st.sampled_from(plausible), scalar) if plausible else scalar
    return st.one_of(st.none(), one, one, st.lists(one, max_size=3))  # None: the field is left out


def data_for(form: Form) -> st.SearchStrategy[dict[str, Any]]:
    fields = {name: values(plausible) for name, plausible in form.fields.items()}
    extra = st.dictionaries(st.text(min_size=1, max_size=10), scalar, max_size=2)
    return st.tuples(st.fixed_dictionaries(fields), extra).map(
        lambda pair: {**pair[1], **form.fixed, **{k: v for k, v in pair[0].items() if v is not None}}
    )


def pks(model: type[models.Model]) -> list[str]:
    return [*(str(pk) for pk in model.objects.values_list("pk", flat=True)[:3]), "999999"]


def slugs(model: type[models.Model]) -> list[str]:
    return [*model.objects.values_list("slug", flat=True)[:3], "gibt-es-nicht"]


def organisation_fields() -> dict[str, list[str]]:
    return {
        "name": ["Kita Regenbogen"],
        "sector": pks(Sector),
        "is_formal": ["on"],
        "description": ["Eine Kita."],
        "plz": ["10115", "14467", "00000"],
        "town": ["Berlin"],
        "contact_email": ["kita@example.org", "keine-adresse"],
        "contact_phone": ["+49 30 123"],
        "contact_address": ["Weg 1"],
    }


def need_fields() -> dict[str, list[str]]:
    return {
        "title": ["Fotos teilen"],
        "description": ["Wir brauchen eine Cloud."],
        "use_cases": pks(UseCase),
        "skills": pks(Skill),
        "kind": [c for c, _label in Need.Kind.choices],
        "size": [c for c, _label in Need.Size.choices],
        "urgency": [c for c, _label in Need.Urgency.choices],
        "remote_ok": ["on"],
        "monthly_budget": ["0", "25", "12,50", "100000,01"],
        "action": ["publish", "save"],
    }


FORMS = [
    Form("organisation create", "volunteer", lambda w: reverse("organisations:create"), {}),
    Form("organisation edit", "admin", lambda w: reverse("organisations:edit", args=[w.organisation.slug]), {}),
    Form(
        "invite",
        "admin",
        lambda w: reverse("organisations:invite", args=[w.organisation.slug]),
        {"email": ["neu2@kita.example", "anna.admin@kita.example"], "role": ["member", "admin", "owner"]},
    ),
    Form("need create", "member", lambda w: reverse("needs:create", args=[w.organisation.slug]), {}),
    Form("need edit", "admin", lambda w: reverse("needs:edit", args=[w.need.pk]), {}),
    Form(
        "need status",
        "admin",
        lambda w: reverse("needs:change_status", args=[w.need.pk]),
        {"action": ["publish", "close", "reopen", "mark_matched", "delete"]},
    ),
    Form("needs list", "anonymous", lambda w: reverse("needs:list"), {}, method="get"),
    Form(
        "offer create",
        "volunteer",
        lambda w: reverse("offers:create", args=[w.second_need.pk]),  # type: ignore[attr-defined]
        {"message": ["Ich helfe gern, ich habe Nextcloud schon oft aufgesetzt."], "hours_per_month": ["4", "161"]},
    ),
    Form("offer accept", "admin", lambda w: reverse("offers:accept", args=[w.offer.pk]), {"accept-message": ["Gern"]}),
    Form(
        "offer decline", "admin", lambda w: reverse("offers:decline", args=[w.offer.pk]), {"decline-message": ["Nein"]}
    ),
    Form(
        "offer withdraw",
        "volunteer",
        lambda w: reverse("offers:withdraw", args=[w.offer.pk]),
        {"withdraw-confirm": ["on", "off"]},
    ),
    Form("message", "volunteer", lambda w: reverse("conversations:post", args=[w.offer.pk]), {"body": ["Hallo!"]}),
    Form("volunteer profile", "volunteer", lambda w: reverse("volunteers:edit_profile"), {}),
    Form(
        "account settings",
        "volunteer",
        lambda w: reverse("account_settings"),
        {"name": ["Vera"], "language": ["de", "en", "fr"]},
    ),
    Form("delete account", "volunteer", lambda w: reverse("privacy:delete_account"), {"confirm": ["on"]}),
    Form(
        "language",
        "anonymous",
        lambda w: reverse("set_language"),
        {"language": ["de", "en", "xx"], "next": ["/needs/", "https://evil.example/", "//evil.example"]},
    ),
    Form(
        "signup",
        "anonymous",
        lambda w: reverse("account_signup"),
        {
            "email": ["neu@example.org", "vera.volunteer@example.org"],
            "password1": ["ein langes sicheres Passwort"],
            "password2": ["ein langes sicheres Passwort"],
            "name": ["Neu"],
            "accept_privacy": ["on"],
        },
    ),
    Form(
        "login",
        "anonymous",
        lambda w: reverse("account_login"),
        {"login": ["vera.volunteer@example.org"], "password": [factories.PASSWORD]},
    ),
]
# Fields whose plausible values come from the database (filled in inside the test, where it exists).
DATABASE_FIELDS: dict[str, Callable[[], dict[str, list[str]]]] = {
    "organisation create": organisation_fields,
    "organisation edit": organisation_fields,
    "need create": need_fields,
    "need edit": need_fields,
    "needs list": lambda: {
        "q": ["Kita", "Fotos"],
        "plz": ["10115", "99999"],
        "radius": ["10", "50", "1000"],
        "remote": ["on"],
        "use_case": slugs(UseCase),
        "skill": slugs(Skill),
        "sector": slugs(Sector),
        "size": [c for c, _label in Need.Size.choices],
        "sort": ["newest", "distance"],
        "page": ["1", "2", "-1", "last"],
    },
    "volunteer profile": lambda: {
        "display_name": ["Vera"],
        "bio": ["Admin."],
        "skills": pks(Skill),
        "sectors": pks(Sector),
        "plz": ["14467"],
        "radius_km": ["30", "70000"],
        "remote_ok": ["on"],
        "hours_per_month": ["4", "40000"],
        "is_public": ["on"],
    },
}

CHECKED_MODELS = [User, EmailAddress, Organisation, Membership, Invitation, Need, Offer, Message, VolunteerProfile]


def rows() -> dict[tuple[str, Any], tuple[Any, ...]]:
    return {
        (model.__name__, values[0]): values
        for model in CHECKED_MODELS
        for values in model._default_manager.values_list("pk", *[f.attname for f in model._meta.concrete_fields])
    }


def assert_no_garbage(before: dict[tuple[str, Any], tuple[Any, ...]]) -> None:
    """Rows the request created or changed pass their model's validation and hold no NUL characters."""
    models_by_name = {model.__name__: model for model in CHECKED_MODELS}
    for key, values in rows().items():
        if before.get(key) == values:
            continue
        model = models_by_name[key[0]]
        obj = model._default_manager.get(pk=key[1])
        # NULL where the schema allows it is no garbage (e.g. the author of an offer whose account was deleted),
        # even where the field says blank=False for forms.
        obj.full_clean(
            exclude=[f.name for f in model._meta.concrete_fields if f.null and f.value_from_object(obj) is None]
        )
        assert not [v for v in values if isinstance(v, str) and "\x00" in v], key


def prepared(world: World, form: Form) -> tuple[Form, Callable[[], Any], str]:
    """The form with its database choices filled in, a way to log in as its persona, and its address."""
    world.second_need = factories.make_need(  # type: ignore[attr-defined]
        world.organisation, title="Webseite für den Elternverein", created_by=world.users["admin"]
    )
    form = Form(**{**form.__dict__, "fields": {**form.fields, **DATABASE_FIELDS.get(form.name, dict)()}})
    return form, lambda: world.client(form.persona), form.url(world)


def send(login: Callable[[], Any], form: Form, url: str, data: dict[str, Any]) -> None:
    """One request in a savepoint that is rolled back: no 500, no garbage stored, and the world unchanged."""
    cache.clear()  # allauth's rate limits would answer 429 after a few requests and hide the form
    with transaction.atomic():
        before = rows()
        # Logged in afresh each time: a request may have ended the session (log in, log out, delete the account).
        response = getattr(login(), form.method)(url, data)
        assert response.status_code < 500, (data, response.status_code)
        assert_no_garbage(before)
        transaction.set_rollback(True)


@pytest.mark.parametrize("form", FORMS, ids=[form.name for form in FORMS])
def test_each_hostile_value_in_every_field_at_once(world: World, form: Form):
    """Every field is cleaned on its own, so one request per hostile value tries it in all fields."""
    form, login, url = prepared(world, form)
    for value in HOSTILE:
        send(login, form, url, {**dict.fromkeys(form.fields, value), **form.fixed})


@pytest.mark.parametrize("form", FORMS, ids=[form.name for form in FORMS])
def test_random_input_never_breaks_a_form_nor_stores_garbage(world: World, form: Form):
    """Random mixes of plausible, hostile, missing and repeated fields, so the checks behind each field run too."""
    form, login, url = prepared(world, form)

    @settings(
        max_examples=SAMPLES,
        deadline=None,
        derandomize=True,  # the same examples in every run: CI stays reproducible
        database=None,
        phases=[Phase.explicit, Phase.generate],  # no shrinking: a failure would take minutes; it shows its data
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=data_for(form))
    def posting(data: dict[str, Any]) -> None:
        send(login, form, url, data)

    posting()
