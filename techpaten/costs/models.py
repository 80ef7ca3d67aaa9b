"""Kostendeckung: what the infrastructure costs, who shares it, who covers it, and pledges from supporters.

Amounts are integer cents. No money moves through the platform: pledges are promises the organisation confirms
once the money has arrived. Splits and monthly figures are computed in costs/arithmetic.py, cent-exact.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from techpaten.engagements.models import Engagement
from techpaten.inventory.models import Service
from techpaten.organisations.models import Organisation


class CostItem(models.Model):
    class Kind(models.TextChoices):
        SERVER = "server", _("server")
        DOMAIN = "domain", _("domain")
        STORAGE = "storage", _("storage")
        MAIL = "mail", _("mail")
        OTHER = "other", _("other")

    class Period(models.TextChoices):
        MONTH = "month", _("per month")
        YEAR = "year", _("per year")

    class CoveredBy(models.TextChoices):
        ORGANISATION = "organisation", _("the organisation")
        PLEDGES = "pledges", _("pledges from supporters")
        VOLUNTEER = "volunteer", _("a volunteer")
        SPONSOR = "sponsor", _("a sponsor")
        OPEN = "open", _("not yet covered")

    # The organisation that holds the contract; others may share it through CostShare rows.
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="cost_items")
    engagement = models.ForeignKey(
        Engagement, on_delete=models.SET_NULL, null=True, blank=True, related_name="cost_items"
    )
    kind = models.CharField(_("what"), max_length=10, choices=Kind.choices)
    description = models.CharField(_("description"), max_length=200, help_text=_("e.g. “VPS 4 GB for Nextcloud”"))
    provider = models.CharField(_("provider"), max_length=200, blank=True)
    amount_cents = models.PositiveIntegerField(
        _("amount (cents)"), validators=[MinValueValidator(1), MaxValueValidator(100_000_000)]
    )
    period = models.CharField(_("period"), max_length=5, choices=Period.choices, default=Period.MONTH)
    services = models.ManyToManyField(Service, blank=True, related_name="cost_items", verbose_name=_("runs"))
    covered_by = models.CharField(_("who covers it"), max_length=12, choices=CoveredBy.choices, default=CoveredBy.OPEN)
    sponsor_name = models.CharField(_("sponsor"), max_length=200, blank=True)
    is_active = models.BooleanField(_("running"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("cost item")
        verbose_name_plural = _("cost items")
        ordering = ["kind", "description", "pk"]

    def __str__(self) -> str:
        return self.description


class CostShare(models.Model):
    """One server serving several organisations: each pays its weight's part (e.g. 1:1:2). Without rows, the item's
    organisation pays all of it."""

    cost_item = models.ForeignKey(CostItem, on_delete=models.CASCADE, related_name="shares")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="cost_shares")
    weight = models.PositiveSmallIntegerField(_("weight"), default=1, validators=[MinValueValidator(1)])

    class Meta:
        verbose_name = _("cost share")
        verbose_name_plural = _("cost shares")
        constraints = [models.UniqueConstraint(fields=["cost_item", "organisation"], name="one_share_per_organisation")]

    def __str__(self) -> str:
        return f"{self.cost_item} · {self.organisation} (weight {self.weight})"


class Pledge(models.Model):
    """A supporter's promise to pay an amount per month towards a cost item; the organisation confirms receipt."""

    class Status(models.TextChoices):
        PLEDGED = "pledged", _("pledged")
        CONFIRMED = "confirmed", _("confirmed")
        ENDED = "ended", _("ended")

    cost_item = models.ForeignKey(CostItem, on_delete=models.CASCADE, related_name="pledges")
    supporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="pledges"
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"))
    show_name = models.BooleanField(_("show my name publicly"), default=False)
    amount_cents = models.PositiveIntegerField(
        _("amount per month (cents)"), validators=[MinValueValidator(100), MaxValueValidator(1_000_000)]
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PLEDGED)
    created_at = models.DateTimeField(_("pledged"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    # Until the supporter follows the link in the mail to `email`, the pledge is theirs alone: the organisation
    # neither sees nor counts it (anyone could type anyone's address into the public form).
    email_confirmed_at = models.DateTimeField(_("e-mail address confirmed"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The language of the page the pledge was made on: later mails to a supporter without an account use it.
    language = models.CharField(_("language"), max_length=10, blank=True, editable=False)
    # A keyed hash of the address an anonymous pledge came from, only for the hourly limit per address. Cleared once
    # the hour is over (services.create_pledge): kept no longer than needed, Art. 5(1)(c) and (e) GDPR.
    ip_hash = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.cost_item} · {self.amount_cents} ct"
