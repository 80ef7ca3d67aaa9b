"""The pages the benchmark measures (issue 9), found in a database filled by `seed_bench`, and the sessions it uses.

The list is the issue's: the no-op view (the ceiling), the imprint, home, search four ways, a need, the organisation
with hundreds of needs, "needs for you", dashboards, the long conversation, and the API's needs search.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.db.models import Count
from django.urls import reverse
from django.utils.module_loading import import_string

from techpaten.accounts.models import User
from techpaten.accounts.security import LOGIN_AT, SEEN_AT
from techpaten.needs.models import Need
from techpaten.offers.models import Offer

from .seeding import ADMIN_EMAIL, BIG_ORGANISATION_SLUG, CENTRE_PLZ, VOLUNTEER_EMAIL

NOOP_PATH = "/bench/noop/"
ANONYMOUS, VOLUNTEER, ADMIN = "", "volunteer", "admin"
WORDS = "Fotos"  # in about one need in seven: a realistic words-only search


@dataclass(frozen=True)
class Page:
    key: str
    label: str
    path: str | None  # None: a slot for a page that does not exist yet
    login: str = ANONYMOUS  # who is logged in: "", "volunteer" or "admin"


def search(**params: object) -> str:
    return f"{reverse('needs:list')}?{urlencode(params)}" if params else reverse("needs:list")


def pages() -> list[Page]:
    """Every page of the benchmark, with the paths of the seeded objects."""
    big = BIG_ORGANISATION_SLUG
    volunteer = User.objects.get(email=VOLUNTEER_EMAIL)
    conversation = (
        Offer.objects.filter(volunteer=volunteer, need__organisation__slug=big)
        .annotate(length=Count("messages"))
        .order_by("-length", "pk")
        .first()
    )
    # A listed need of an ordinary organisation, chosen by position so every run measures the same one.
    listed = Need.objects.filter(status=Need.Status.OPEN).exclude(organisation__slug=big).order_by("pk")
    need = listed[listed.count() // 2]
    if conversation is None:
        raise LookupError("the benchmark data has no long conversation: run seed_bench")
    return [
        Page("noop", "no-op view (ceiling)", NOOP_PATH),
        Page("imprint", "imprint (simplest page with the layout)", reverse("imprint")),
        Page("home", "home", reverse("home")),
        Page(
            "search_filtered",
            f'search "{WORDS}" + sector + PLZ {CENTRE_PLZ} + 25 km',
            search(q=WORDS, sector="kita", plz=CENTRE_PLZ, radius=25),
        ),
        Page("search_page1", "search, no filter, page 1", search()),
        Page("search_page200", "search, no filter, page 200", search(page=200)),
        Page("search_words", f'search by words only ("{WORDS}")', search(q=WORDS)),
        Page("need", "need page", reverse("needs:detail", args=[need.pk])),
        Page(
            "organisation",
            f"organisation with {Need.objects.filter(organisation__slug=big).count()} needs",
            reverse("organisations:detail", args=[big]),
        ),
        Page("for_you", '"needs for you"', reverse("needs:for_you"), VOLUNTEER),
        Page("dashboard_volunteer", "dashboard (volunteer)", reverse("dashboard"), VOLUNTEER),
        Page("dashboard_admin", "dashboard (organisation admin)", reverse("dashboard"), ADMIN),
        Page(
            "conversation",
            f"conversation with {conversation.length} messages (offer page)",
            reverse("offers:detail", args=[conversation.pk]),
            VOLUNTEER,
        ),
        # The API's needs search (issue 14): the same search as the listing, as JSON, with the same filters.
        Page(
            "api_list",
            f"API needs search (JSON): sector + PLZ {CENTRE_PLZ} + 25 km",
            f"{reverse('api:needs')}?{urlencode({'sector': 'kita', 'plz': CENTRE_PLZ, 'radius': 25})}",
        ),
    ]


def session_cookie(login: str) -> str:
    """A `Cookie:` header value for a fresh session of the seeded user, made the way a login makes it."""
    if not login:
        return ""
    user = User.objects.get(email=VOLUNTEER_EMAIL if login == VOLUNTEER else ADMIN_EMAIL)
    store = import_string(settings.SESSION_ENGINE + ".SessionStore")()
    now = datetime.now(UTC).timestamp()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store[LOGIN_AT] = now
    store[SEEN_AT] = now
    store.create()
    return f"{settings.SESSION_COOKIE_NAME}={store.session_key}"
