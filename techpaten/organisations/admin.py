from __future__ import annotations

from typing import Any

from django.contrib import admin

from .models import Invitation, Membership, Organisation


class MembershipInline(admin.TabularInline[Membership, Any]):
    model = Membership
    extra = 0
    raw_id_fields = ["user"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin[Organisation]):
    list_display = ["name", "sector", "is_formal", "plz", "town", "created_at"]
    list_filter = ["sector", "is_formal"]
    search_fields = ["name", "slug", "town", "plz"]
    readonly_fields = ["latitude", "longitude", "created_at", "updated_at"]
    inlines = [MembershipInline]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin[Invitation]):
    # The token is a secret: staff see that an invitation exists, not the link itself.
    list_display = ["email", "organisation", "role", "created_at", "expires_at", "accepted_at"]
    list_filter = ["role"]
    search_fields = ["email", "organisation__name"]
    exclude = ["token"]
    readonly_fields = ["invited_by", "created_at", "accepted_at"]
