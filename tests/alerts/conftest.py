from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from techpaten.alerts import services
from techpaten.alerts.models import SavedSearch
from techpaten.needs.forms import NeedSearchForm


def saved(
    user: Any,
    query: dict[str, str] | None = None,
    *,
    frequency: str = "daily",
    ago: timedelta | None = None,
    name: str = "",
) -> SavedSearch:
    """`user` saves the listing's search for `query` (as the save button does), `ago` in the past."""
    form = NeedSearchForm({"plz": "", **(query or {})})
    assert form.is_valid(), form.errors
    search = services.save_search(user, form.cleaned_data, name=name, frequency=frequency)
    if ago:
        SavedSearch.objects.filter(pk=search.pk).update(
            since=search.since - ago,
            created_at=search.created_at - ago,
            due_on=timezone.localdate() - timedelta(days=1),
        )
        search.refresh_from_db()
    return search


@pytest.fixture
def run_digests(django_capture_on_commit_callbacks):
    """Run the digest job as the timer does and deliver what it queued (the mails land in mail.outbox)."""
    from techpaten.alerts.digests import send_due

    def run(now: Any = None) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            return send_due(now)

    return run
