from __future__ import annotations

from django.contrib import admin

from .models import VolunteerProfile


@admin.register(VolunteerProfile)
class VolunteerProfileAdmin(admin.ModelAdmin[VolunteerProfile]):
    list_display = ["display_name", "plz", "radius_km", "remote_ok", "hours_per_month", "is_public", "updated_at"]
    list_filter = ["is_public", "remote_ok", "skills"]
    search_fields = ["display_name", "plz", "user__email"]
    filter_horizontal = ["skills", "sectors"]
    readonly_fields = ["user", "latitude", "longitude", "created_at", "updated_at"]
