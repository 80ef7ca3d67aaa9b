"""What the generated documents are made from (an engagement's processing details) and a record of every document
produced, with the template version that produced it (RDG: generic templates, traceable)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from techpaten.catalogue.models import DeploymentProfile, Solution
from techpaten.engagements.models import Engagement


class ProcessingDetails(models.Model):
    """The facts of the processing the team does for the organisation. Blank fields become marked gaps to fill in."""

    engagement = models.OneToOneField(Engagement, on_delete=models.CASCADE, related_name="processing_details")
    solution = models.ForeignKey(
        Solution, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("solution")
    )
    profile = models.ForeignKey(
        DeploymentProfile,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("deployment profile"),
    )
    service_description = models.TextField(
        _("what the team runs or looks after"), max_length=2000, blank=True, help_text=_("In a sentence or two.")
    )
    hoster_name = models.CharField(_("hoster (server provider)"), max_length=200, blank=True)
    hoster_address = models.CharField(_("hoster's address"), max_length=300, blank=True)
    hoster_country = models.CharField(_("country of the servers"), max_length=100, blank=True)
    hoster_contract_by_organisation = models.BooleanField(
        _("the organisation signs the hosting contract itself"),
        default=True,
        help_text=_(
            "Recommended: the organisation signs the hoster's contract and AVV; "
            "the hoster is then not the volunteer's sub-processor."
        ),
    )
    purposes = models.TextField(_("purposes"), max_length=2000, blank=True)
    data_subjects = models.TextField(_("whose data (categories of people)"), max_length=2000, blank=True)
    data_categories = models.TextField(_("which data (categories)"), max_length=2000, blank=True)
    recipients = models.TextField(_("who receives the data"), max_length=2000, blank=True)
    retention = models.TextField(_("deletion periods"), max_length=2000, blank=True)
    backup_retention_days = models.PositiveSmallIntegerField(
        _("how long backups are kept (days)"), null=True, blank=True
    )
    starts_on = models.DateField(_("start of the processing"), null=True, blank=True)
    controller_representative = models.CharField(
        _("who signs for the organisation"), max_length=200, blank=True, help_text=_("Name and function.")
    )
    dpo_contact = models.CharField(_("data-protection officer's contact"), max_length=300, blank=True)
    supervisory_authority = models.CharField(_("supervisory authority"), max_length=300, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("processing details")
        verbose_name_plural = _("processing details")

    def __str__(self) -> str:
        return str(self.engagement)


class GeneratedDocument(models.Model):
    """Every produced document: which template version, which format and language, when, for whom."""

    class Format(models.TextChoices):
        HTML = "html", _("print (HTML)")
        DOCX = "docx", _("Word (DOCX)")
        ODT = "odt", _("OpenDocument (ODT)")

    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("document"), max_length=30)
    template_version = models.CharField(_("template version"), max_length=30)
    format = models.CharField(_("format"), max_length=5, choices=Format.choices)
    language = models.CharField(_("language"), max_length=10)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("generated document")
        verbose_name_plural = _("generated documents")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.kind} {self.template_version} ({self.format})"
