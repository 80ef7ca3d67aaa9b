"""What the generated documents are made from (an engagement's processing details) and a record of every document
produced, with the template version that produced it (RDG: generic templates, traceable)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from techpaten.catalogue.models import DeploymentProfile, Solution
from techpaten.engagements.models import Engagement


class HelperRole(models.TextChoices):
    """The role finder's verdict for the engagement (techpaten.compliance.roles.Verdict has the same values).

    It decides which contract is offered: an AVV for a processor or a confidentiality undertaking for someone
    acting under the organisation's authority, never both for the same team.
    """

    UNDECIDED = "", _("not decided yet")
    PROCESSOR = "processor", _("the team processes data on the organisation's behalf (Art. 28 GDPR): an AVV")
    MEMBER = (
        "member",
        _("the team acts under the organisation's authority (Art. 29 GDPR): a confidentiality undertaking"),
    )
    NO_ACCESS = "no_access", _("the team has no access to personal data: a confidentiality undertaking is recommended")
    HOUSEHOLD = "household", _("household exemption (Art. 2(2)(c) GDPR): no documents are required")


class HosterContract(models.TextChoices):
    UNDECIDED = "", _("not decided yet")
    ORGANISATION = "organisation", _("the organisation signs the hosting contract and the hoster's AVV itself")
    VOLUNTEER = "volunteer", _("the volunteer signs the hosting contract: the hoster is a sub-processor")
    NONE = "none", _("there is no hoster: the service runs on the organisation's own device")


class ProtectionNeed(models.TextChoices):
    """Protection-need levels of the Standard-Datenschutzmodell and BSI IT-Grundschutz."""

    UNDECIDED = "", _("not assessed yet")
    NORMAL = "normal", _("normal")
    HIGH = "high", _("high")
    VERY_HIGH = "very_high", _("very high")


class ProcessingDetails(models.Model):
    """The facts of the processing the team does for the organisation. Blank fields become marked gaps to fill in:
    no field has a default that a document would print as a fact."""

    engagement = models.OneToOneField(Engagement, on_delete=models.CASCADE, related_name="processing_details")
    # The role finder's verdict, stored when a participant saves its result for this engagement.
    helper_role = models.CharField(
        _("role of the volunteer team"), max_length=12, choices=HelperRole.choices, blank=True, default=""
    )
    role_decided_at = models.DateTimeField(_("role decided"), null=True, blank=True)
    role_decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    controller_legal_name = models.CharField(
        _("full legal name of the organisation or its sponsor"),
        max_length=300,
        blank=True,
        help_text=_("As in the register or the statutes, e.g. “Elterninitiative Sonnenschein e.V.”."),
    )
    controller_representative = models.CharField(
        _("who signs for the organisation"), max_length=200, blank=True, help_text=_("Name and function.")
    )
    joint_controllers = models.TextField(
        _("joint controllers (Art. 26 GDPR)"),
        max_length=1000,
        blank=True,
        help_text=_("Who decides on the purposes and means together with you, or “none”."),
    )
    dpo_contact = models.CharField(
        _("data-protection officer's contact"),
        max_length=300,
        blank=True,
        help_text=_("Name and how to reach them, or “none designated”."),
    )
    supervisory_authority = models.CharField(
        _("supervisory authority"), max_length=300, blank=True, help_text=_("Name, address and how to report.")
    )
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
    starts_on = models.DateField(_("start of the processing"), null=True, blank=True)
    hoster_name = models.CharField(_("hoster (server provider)"), max_length=200, blank=True)
    hoster_address = models.CharField(_("hoster's address"), max_length=300, blank=True)
    hoster_country = models.CharField(_("country of the servers"), max_length=100, blank=True)
    hoster_contract = models.CharField(
        _("who signs the hosting contract"),
        max_length=12,
        choices=HosterContract.choices,
        blank=True,
        default="",
        help_text=_(
            "Recommended: the organisation signs the hoster's contract and AVV; "
            "the hoster is then not the volunteer's sub-processor."
        ),
    )
    sub_processors = models.TextField(
        _("further sub-processors"),
        max_length=2000,
        blank=True,
        help_text=_("Services the volunteers use for the processing (name, address, task), or “none”."),
    )
    purposes = models.TextField(_("purposes"), max_length=2000, blank=True)
    legal_basis = models.TextField(
        _("legal basis for each purpose"),
        max_length=2000,
        blank=True,
        help_text=_("E.g. “Photos in the parents' gallery: consent (Art. 6(1)(a) GDPR)”, one purpose per line."),
    )
    legitimate_interests = models.TextField(
        _("legitimate interests relied on"),
        max_length=2000,
        blank=True,
        help_text=_("Only where a purpose rests on Art. 6(1)(f) GDPR; otherwise “none”."),
    )
    provision_requirement = models.TextField(
        _("must people provide the data?"),
        max_length=1000,
        blank=True,
        help_text=_("Required by law or contract, or voluntary, and what happens if they do not provide it."),
    )
    data_subjects = models.TextField(_("whose data (categories of people)"), max_length=2000, blank=True)
    data_categories = models.TextField(_("which data (categories)"), max_length=2000, blank=True)
    recipients = models.TextField(_("who receives the data"), max_length=2000, blank=True)
    sector_law = models.CharField(
        _("sector law that applies"),
        max_length=300,
        blank=True,
        help_text=_("E.g. the data-protection provision of your Land's school act or Kita act, or “none”."),
    )
    protection_need = models.CharField(
        _("protection need"), max_length=10, choices=ProtectionNeed.choices, blank=True, default=""
    )
    protection_need_reason = models.TextField(
        _("why this protection need"),
        max_length=2000,
        blank=True,
        help_text=_("What would happen to the people if their data were lost, changed or seen by the wrong people."),
    )
    retention = models.TextField(
        _("deletion periods"),
        max_length=2000,
        blank=True,
        help_text=_("One line per type of data, e.g. “Photos: when the child leaves the Kita”."),
    )
    backup_retention_days = models.PositiveSmallIntegerField(
        _("how long backups are kept (days)"), null=True, blank=True
    )
    last_restore_test = models.DateField(_("last restore test"), null=True, blank=True)
    tom_reviewer = models.CharField(
        _("who reviews the security measures"), max_length=200, blank=True, help_text=_("Name and function.")
    )
    deletion_trigger_contact = models.CharField(
        _("who tells the team when data must be deleted"),
        max_length=200,
        blank=True,
        help_text=_("E.g. the Kita's management when a child leaves."),
    )
    deletion_checker = models.CharField(_("who checks once a year that deletions happen"), max_length=200, blank=True)
    deletion_log = models.CharField(_("where the deletion log is kept, and for how long"), max_length=300, blank=True)
    out_of_hours_contact = models.CharField(
        _("who can be reached out of hours after a data breach"), max_length=300, blank=True
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("processing details")
        verbose_name_plural = _("processing details")

    def __str__(self) -> str:
        return str(self.engagement)


class ProcessorParty(models.Model):
    """How a volunteer is named as a party to the engagement's contracts: full legal name and postal address.

    The account's name is what others see on the platform (often a first name); a contract needs the full name.
    Each volunteer enters their own; the row goes with their account (CASCADE).
    """

    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="processor_parties")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    legal_name = models.CharField(_("your full name"), max_length=200, blank=True)
    postal_address = models.CharField(
        _("your postal address"), max_length=300, blank=True, help_text=_("Street, house number, postcode, town.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("volunteer as contracting party")
        verbose_name_plural = _("volunteers as contracting parties")
        constraints = [models.UniqueConstraint(fields=["engagement", "user"], name="one_party_per_volunteer")]

    def __str__(self) -> str:
        return f"{self.engagement} · {self.legal_name}"


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
