from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techpaten.taxonomy.models import Sector


class SponsorKind(models.TextChoices):
    """The kind of legal body behind an organisation (its Träger), as far as data-protection law cares."""

    NOT_STATED = "", _("not stated")
    PUBLIC = "public", _("a public body (e.g. a town, a district or the Land)")
    INDEPENDENT = "independent", _("an independent sponsor (e.g. a registered association, a foundation, a company)")
    CATHOLIC = "catholic", _("a Catholic sponsor (church data-protection law: KDG)")
    PROTESTANT = "protestant", _("a Protestant sponsor (church data-protection law: DSG-EKD)")
    NONE = "none", _("none: private people (e.g. a shared flat or an informal group)")


class Organisation(models.Model):
    """A Kita, school, WG, Verein or initiative: formal or informal, all welcome.

    The contact fields are private: shown only to staff, members and the volunteers on the live team of one of its
    engagements (engagements.access.may_see_contact), on every page, document and file. Public pages never render
    them.
    """

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("address on Techpaten"), max_length=80, unique=True)
    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, related_name="organisations", verbose_name=_("sector"))
    is_formal = models.BooleanField(
        _("registered organisation"),
        default=False,  # ticked on purpose: a WG or a loose group should not have to untick it
        help_text=_(
            "For example a registered association, a school or a Kita with a Träger. "
            "Leave unticked for a WG or an informal group."
        ),
    )
    # Decides which data-protection law the kit's documents cite: church sponsors follow the KDG or the DSG-EKD
    # instead of the GDPR (Art. 91 GDPR), public bodies must designate a DPO (Art. 37(1)(a) GDPR).
    sponsor_kind = models.CharField(
        _("sponsor (Träger)"),
        max_length=12,
        choices=SponsorKind.choices,
        blank=True,
        default=SponsorKind.NOT_STATED,
        help_text=_(
            "Who stands behind the organisation. For a church sponsor, the data-protection documents cite church "
            "law (KDG or DSG-EKD) instead of the GDPR."
        ),
    )
    description = models.TextField(_("about us"), max_length=3000, blank=True)
    plz = models.CharField(_("postcode (PLZ)"), max_length=5)
    town = models.CharField(_("town"), max_length=80)
    # PLZ centroid, indexed for the radius search's bounding-box prefilter.
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_address = models.TextField(_("postal address"), max_length=300, blank=True)
    # Denormalised from Verification (kept by organisations.verification, the only writer): the needs search filters
    # on it through this index without reading the verifications.
    is_verified = models.BooleanField(_("verified"), default=False, db_index=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    members: models.ManyToManyField[Any, Any] = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="organisations", verbose_name=_("members")
    )

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        indexes = [
            models.Index(fields=["latitude", "longitude"]),
            models.Index(fields=["plz"], name="organisation_plz"),  # namesakes at registration
        ]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    class Role(models.TextChoices):
        ADMIN = "admin", _("admin")
        MEMBER = "member", _("member")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    created_at = models.DateTimeField(_("member since"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [models.UniqueConstraint(fields=["user", "organisation"], name="one_membership_per_user")]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organisation} ({self.role})"

    @property
    def is_admin(self) -> bool:
        return self.role == self.Role.ADMIN


def new_invitation_token() -> str:
    return secrets.token_urlsafe(32)


def invitation_expiry() -> datetime:
    return timezone.now() + timedelta(days=settings.INVITATION_EXPIRY_DAYS)


class Invitation(models.Model):
    """An admin invites a person by e-mail; the link holds a random token and works once, for 14 days."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(_("role"), max_length=10, choices=Membership.Role.choices, default=Membership.Role.MEMBER)
    token = models.CharField(max_length=64, unique=True, default=new_invitation_token, editable=False)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(_("invited"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"), default=invitation_expiry)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self) -> str:
        return f"{self.email} → {self.organisation}"

    @property
    def is_usable(self) -> bool:
        return self.accepted_at is None and self.expires_at > timezone.now()


class Verification(models.Model):
    """Staff's or a trusted volunteer's confirmation that an organisation is what it says, one row per check.

    Rows are history: revoking sets `revoked_*`, never deletes. The organisation counts as verified while one row is
    not revoked (`Organisation.is_verified`, kept by organisations.verification).
    """

    class Method(models.TextChoices):
        MAIL_DOMAIN = "mail_domain", _("mail domain")
        DOCUMENT = "document", _("document check by staff")
        VOUCHED = "vouched", _("vouched for by a trusted volunteer")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="verifications")
    method = models.CharField(_("method"), max_length=12, choices=Method.choices)
    domain = models.CharField(_("mail domain"), max_length=253, blank=True)
    note = models.TextField(_("note"), max_length=1000, blank=True)
    # Staff for a document check, the volunteer who vouched, the person who started a mail check.
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("by")
    )
    created_at = models.DateTimeField(_("verified"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    revoke_reason = models.TextField(_("reason for revoking"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("verification")
        verbose_name_plural = _("verifications")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.method})"
