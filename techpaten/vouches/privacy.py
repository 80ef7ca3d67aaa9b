"""Vouches by and about a person, for the export and the account deletion (techpaten/privacy)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from techpaten.accounts.personal_data import Category, field_labels

from .models import Vouch

if TYPE_CHECKING:
    from techpaten.accounts.models import User


class VouchData(Category):
    key = "vouches"
    title = _("Vouches")
    description = _("What you wrote about fellow volunteers, and what they wrote about you. Deleted with the account.")
    labels = {
        **field_labels(Vouch, "statement", "updated_at"),
        "written": _("vouches you wrote"),
        "received": _("vouches about you"),
        "person": _("person"),
    }
    covers = ("vouches.Vouch.author", "vouches.Vouch.subject")

    def export(self, user: User) -> dict[str, Any]:
        written = Vouch.objects.filter(author=user).select_related("subject").order_by("updated_at")
        received = Vouch.objects.filter(subject=user).select_related("author").order_by("updated_at")
        return {
            "written": [
                {"person": v.subject.display_name, "statement": v.statement, "updated_at": v.updated_at}
                for v in written
            ],
            "received": [
                {"person": v.author.display_name, "statement": v.statement, "updated_at": v.updated_at}
                for v in received
            ],
        }

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        deleted, _by_model = Vouch.objects.filter(Q(author=user) | Q(subject=user)).delete()
        return {"vouches": deleted}
