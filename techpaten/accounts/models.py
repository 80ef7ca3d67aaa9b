from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create(self, email: str, password: str | None, **extra: Any) -> User:
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.update(is_staff=True, is_superuser=True)
        return self._create(email, password, **extra)


class User(AbstractUser):
    """One account per person, identified by e-mail. A person may volunteer, belong to organisations, or both."""

    username = None  # type: ignore[assignment]
    first_name = None  # type: ignore[assignment]
    last_name = None  # type: ignore[assignment]
    email = models.EmailField(_("e-mail address"), unique=True)
    name = models.CharField(
        _("your name"),
        max_length=100,
        blank=True,
        help_text=_("Shown to the people you talk to on Techpaten."),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Pages and e-mails use this language."),
    )

    is_reviewer = models.BooleanField(
        _("reviewer"),
        default=False,
        help_text=_("A data-protection officer or lawyer registered on the platform; granted by staff."),
    )

    # Suspended by moderation (techpaten/moderation through `suspension.suspend`): `is_active` is off, so the
    # account can't log in and its sessions end; staff can lift it.
    suspended_at = models.DateTimeField(_("suspended"), null=True, blank=True)
    suspension_reason = models.TextField(_("reason for the suspension"), max_length=1000, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    objects = UserManager()  # type: ignore[misc,assignment]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        """How this person is shown to others, everywhere: team lists, offers, conversations, meetings, reviews,
        mails. The one rule: the display name of their volunteer profile (the name they chose to show
        organisations), else their account name, else the part of their address before the @. Contracts print the
        full legal name instead (paperwork: ProcessorParty.legal_name).

        Lists of people load the profile with the user (`select_related("…__volunteer_profile")`); the reverse
        one-to-one is read by name here, without importing the volunteers app above this one.
        """
        profile = getattr(self, "volunteer_profile", None)  # None also when the person has no profile
        return shown_name(str(getattr(profile, "display_name", "") or ""), self.name, self.email)


def shown_name(profile_name: str, account_name: str, email: str) -> str:
    """The rule of User.display_name, for rows read as values (e.g. a subquery) rather than as users."""
    return profile_name.strip() or account_name or email.split("@", 1)[0]
