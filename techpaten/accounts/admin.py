from __future__ import annotations

from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import User

# The admin's own login form would skip allauth's rate limits and the second factor: log in through allauth instead.
admin.site.login = secure_admin_login(admin.site.login)  # type: ignore[method-assign]


@admin.register(User)
class UserAdmin(DjangoUserAdmin[User]):
    """Staff grant the staff and reviewer roles here; no passwords or personal data beyond what is needed."""

    ordering = ["email"]
    list_display = ["email", "name", "language", "is_staff", "is_reviewer", "is_active", "last_login"]
    list_filter = ["is_staff", "is_reviewer", "is_active", "language"]
    search_fields = ["email", "name"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Profile"), {"fields": ("name", "language")}),
        (_("Roles"), {"fields": ("is_active", "is_staff", "is_reviewer", "is_superuser", "groups")}),
        (_("Dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)
    readonly_fields = ["last_login", "date_joined"]
    filter_horizontal = ["groups"]
