"""Minimum data-protection requirements per sector and use case, the checklists derived from them, DSFA screenings.

Requirements are generic, reviewed checklists — never individual legal advice (RDG). A requirement set is versioned
per sector and use case; staff edit sets in the admin, a registered reviewer approves a version, and checklists follow
the newest approved version (or the newest draft, marked as not yet reviewed, while none is approved).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from techpaten.core.bilingual import pick
from techpaten.needs.models import Need
from techpaten.taxonomy.models import Sector, UseCase


class Requirement(models.Model):
    class Level(models.TextChoices):
        MUST = "must", _("MUST")
        SHOULD = "should", _("SHOULD")

    class Evidence(models.TextChoices):
        DOCUMENT = "document", _("document")
        CONFIGURATION = "configuration", _("configuration")
        ORGANISATIONAL = "organisational", _("organisational measure")

    class Household(models.TextChoices):
        ANY = "any", _("whether or not the household exemption applies")
        EXEMPT = "exempt", _("only while the household exemption applies")
        NOT_EXEMPT = "not_exempt", _("only when the household exemption does not apply")

    # The stable id: checklists, coverage statements and documents refer to it across versions of a set.
    code = models.SlugField(_("stable id"), max_length=60, unique=True)
    title_de = models.CharField(_("title (German)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    text_de = models.TextField(_("text (German)"))
    text_en = models.TextField(_("text (English)"))
    level = models.CharField(_("level"), max_length=10, choices=Level.choices, default=Level.MUST)
    legal_basis = models.CharField(_("legal basis"), max_length=200, blank=True, help_text=_("e.g. Art. 28(3) DSGVO"))
    sources = models.TextField(_("sources"), blank=True, help_text=_("One source per line."))
    sdm_refs = models.CharField(_("SDM measures"), max_length=200, blank=True, help_text=_("e.g. M60.P03, M60.S10"))
    bsi_refs = models.CharField(_("BSI IT-Grundschutz modules"), max_length=200, blank=True)
    evidence_kind = models.CharField(_("kind of evidence"), max_length=20, choices=Evidence.choices)
    evidence_de = models.TextField(_("evidence asked for (German)"), blank=True)
    evidence_en = models.TextField(_("evidence asked for (English)"), blank=True)
    # Conditions. Empty sectors/use cases mean "all"; they decide which sets the requirement belongs to.
    sectors = models.ManyToManyField(Sector, blank=True, related_name="+", verbose_name=_("sectors"))
    use_cases = models.ManyToManyField(UseCase, blank=True, related_name="+", verbose_name=_("use cases"))
    children_data = models.BooleanField(_("only where children's data are processed"), default=False)
    # Space-separated Organisation.sponsor_kind values (e.g. "catholic protestant"); empty: every sponsor.
    sponsors = models.CharField(_("only for these sponsors"), max_length=100, blank=True)
    household = models.CharField(
        _("household exemption"), max_length=12, choices=Household.choices, default=Household.ANY
    )
    # The generated document that helps fulfil it (a key of techpaten.paperwork.documents.KINDS), if any.
    document = models.CharField(_("helpful document"), max_length=30, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("requirement")
        verbose_name_plural = _("requirements")
        ordering = ["position", "code"]

    def __str__(self) -> str:
        return f"{self.code}: {self.title_de}"

    @property
    def title(self) -> str:
        return pick(self.title_de, self.title_en)

    @property
    def text(self) -> str:
        return pick(self.text_de, self.text_en)

    @property
    def evidence(self) -> str:
        return pick(self.evidence_de, self.evidence_en)

    @property
    def source_list(self) -> list[str]:
        return [line.strip() for line in self.sources.splitlines() if line.strip()]

    @property
    def sponsor_list(self) -> list[str]:
        return self.sponsors.split()


class RequirementSet(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        APPROVED = "approved", _("approved")

    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, related_name="+", verbose_name=_("sector"))
    use_case = models.ForeignKey(UseCase, on_delete=models.PROTECT, related_name="+", verbose_name=_("use case"))
    version = models.PositiveIntegerField(_("version"), default=1)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    notes_de = models.TextField(_("notes (German)"), blank=True)
    notes_en = models.TextField(_("notes (English)"), blank=True)
    requirements: models.ManyToManyField[Requirement, Any] = models.ManyToManyField(
        Requirement, through="RequirementSetItem", related_name="sets", verbose_name=_("requirements")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # SET_NULL plus the name: the approval record survives the reviewer's deleted account.
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    approved_by_name = models.CharField(_("approved by"), max_length=200, blank=True)
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)

    class Meta:
        verbose_name = _("requirement set")
        verbose_name_plural = _("requirement sets")
        ordering = ["sector__position", "use_case__position", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["sector", "use_case", "version"], name="one_set_version_per_pair")
        ]

    def __str__(self) -> str:
        return f"{self.sector} / {self.use_case} v{self.version}"

    @property
    def notes(self) -> str:
        return pick(self.notes_de, self.notes_en)


class RequirementSetItem(models.Model):
    requirement_set = models.ForeignKey(RequirementSet, on_delete=models.CASCADE, related_name="items")
    requirement = models.ForeignKey(Requirement, on_delete=models.PROTECT, related_name="set_items")
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("requirement in a set")
        verbose_name_plural = _("requirements in a set")
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["requirement_set", "requirement"], name="requirement_once_per_set")
        ]

    def __str__(self) -> str:
        return f"{self.requirement_set}: {self.requirement.code}"


class NeedContext(models.Model):
    """What the checklist must know beyond sector and use cases; answered by the organisation (None: not yet)."""

    need = models.OneToOneField(Need, on_delete=models.CASCADE, related_name="compliance_context")
    # What ends the household exemption (Art. 2(2)(c), Recital 18): publication to an indefinite number of people
    # (CJEU C-101/01 Lindqvist), reaching into public space (C-212/13 Ryneš), or processing that is not purely
    # personal. Other people's contact details in a shared address book do not: holding addresses is a household
    # activity (Recital 18).
    beyond_household = models.BooleanField(
        _("the service publishes, records public space or serves more than private life"), null=True, blank=True
    )
    # Asked of every sector that does not look after children as a rule (a sports club's youth section).
    children_data = models.BooleanField(_("the service holds children's data"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("checklist context of a need")
        verbose_name_plural = _("checklist contexts of needs")

    def __str__(self) -> str:
        return str(self.need)


class SourceCheck(models.Model):
    """A registered reviewer checked one source of the requirement library (a citation, one line of `sources`).

    Kept apart from the requirements: a check says the citation is right wherever it is used, and it must not touch
    requirements frozen in an approved set. The library lists for every source whether and by whom it was checked.
    """

    source = models.CharField(_("source"), max_length=500, unique=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Kept with the check: who vetted a citation is the point, also after the account is gone.
    checked_by_name = models.CharField(_("checked by"), max_length=200)
    checked_on = models.DateField(_("checked on"))
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("checked source")
        verbose_name_plural = _("checked sources")
        ordering = ["source"]

    def __str__(self) -> str:
        return self.source


class ChecklistEntry(models.Model):
    """A requirement of a need's checklist marked done, with the evidence; absent rows are open items."""

    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="checklist_entries")
    requirement = models.ForeignKey(Requirement, on_delete=models.PROTECT, related_name="+")
    done = models.BooleanField(_("done"), default=False)
    evidence_note = models.TextField(_("evidence"), max_length=2000, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("checklist entry")
        verbose_name_plural = _("checklist entries")
        constraints = [models.UniqueConstraint(fields=["need", "requirement"], name="one_entry_per_requirement")]

    def __str__(self) -> str:
        return f"{self.need} · {self.requirement.code}"


class DsfaScreening(models.Model):
    """A dated screening (Schwellwertanalyse) against the nine WP248 criteria; kept as history, newest counts."""

    # The nine criteria of WP248 rev.01 (Art. 29 Working Party, endorsed by the EDPB), in its order.
    CRITERIA = (
        "evaluation",
        "automated_decisions",
        "monitoring",
        "sensitive_data",
        "large_scale",
        "combined_datasets",
        "vulnerable_subjects",
        "innovative_technology",
        "prevents_rights",
    )
    PRESUMPTION_THRESHOLD = 2  # WP248: two or more criteria → a DSFA is presumed necessary.

    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="dsfa_screenings")
    evaluation = models.BooleanField(_("evaluation or scoring"), default=False)
    automated_decisions = models.BooleanField(_("automated decisions with legal or similar effect"), default=False)
    monitoring = models.BooleanField(_("systematic monitoring"), default=False)
    sensitive_data = models.BooleanField(_("sensitive or highly personal data"), default=False)
    large_scale = models.BooleanField(_("data processed on a large scale"), default=False)
    combined_datasets = models.BooleanField(_("matching or combining datasets"), default=False)
    vulnerable_subjects = models.BooleanField(_("data of vulnerable people (e.g. children)"), default=False)
    innovative_technology = models.BooleanField(_("innovative use of technology"), default=False)
    prevents_rights = models.BooleanField(
        _("prevents people from exercising a right or using a service"), default=False
    )
    notes = models.TextField(_("notes"), max_length=4000, blank=True)
    presumed_necessary = models.BooleanField(_("DSFA presumed necessary"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_by_name = models.CharField(_("answered by"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("answered"), auto_now_add=True)

    class Meta:
        verbose_name = _("DSFA screening")
        verbose_name_plural = _("DSFA screenings")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.need} · {self.created_at:%Y-%m-%d}"

    def save(self, *args: object, **kwargs: object) -> None:
        self.presumed_necessary = len(self.criteria_met) >= self.PRESUMPTION_THRESHOLD
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    @property
    def criteria_met(self) -> list[str]:
        return [name for name in self.CRITERIA if getattr(self, name)]
