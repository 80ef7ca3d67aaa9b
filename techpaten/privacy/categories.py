"""What the platform stores about a person, one class per category (after pretix's `base/shredder.py`).

Each category can `export` a person's records and `delete_or_anonymise` them. `services.delete_account` runs the
categories in `DELETION_ORDER` inside one transaction; `export_all` gives the same categories to the "My data" page
and the JSON download.

An export holds only the person's own data: the account, the volunteer profile, the memberships with the records of
those organisations, what the person wrote (needs, offers, messages) and the mails to them. Never the other members'
addresses, other volunteers' offers or what the other side wrote.

Deleting keeps what others still need: messages and offers stay in the organisation's conversations with the author
set to NULL ("deleted user"); needs stay with their organisation. Everything else goes.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techpaten.accounts.models import User
from techpaten.accounts.personal_data import Category, addresses, field_labels, matching
from techpaten.alerts.privacy import SavedSearchData
from techpaten.api.privacy import ApiAccessData
from techpaten.compliance.privacy import DataProtectionWorkData
from techpaten.conversations.models import Message
from techpaten.core.rules import RuleViolation
from techpaten.costs.privacy import PledgeData
from techpaten.engagements.privacy import EngagementWorkData, TeamMembershipData
from techpaten.feedback.privacy import FeedbackData
from techpaten.knowledge.privacy import KnowledgeData
from techpaten.mail.models import OutgoingMail
from techpaten.meetings.privacy import MeetingData
from techpaten.moderation.privacy import ModerationData
from techpaten.needs.models import Need
from techpaten.offers import services as offer_services
from techpaten.offers.models import Offer
from techpaten.organisations.models import Invitation, Membership, Organisation
from techpaten.organisations.privacy import VerificationData
from techpaten.volunteers.models import VolunteerProfile
from techpaten.vouches.privacy import VouchData

from .acts import OrganisationActsData
from .base import REDACTED, end_sessions
from .notifications import NotificationData


class AccountData(Category):
    key = "account"
    title = _("Account")
    description = _("Your login, your name and language, your e-mail addresses and second factors.")
    labels = {
        **field_labels(User, "email", "name", "language", "date_joined", "last_login"),
        "is_reviewer": _("reviewer"),
        "is_staff": _("platform team"),
        "email_addresses": _("e-mail addresses"),
        "verified": _("confirmed"),
        "primary": _("used for login"),
        "second_factors": _("second factors"),
        "type": _("kind"),
        "created_at": _("created"),
        "last_used_at": _("last used"),
        "inactivity_warning": _("warned about inactivity"),
    }
    covers = ("account.EmailAddress.user", "mfa.Authenticator.user", "privacy.RetentionNotice.user")

    def export(self, user: User) -> dict[str, Any]:
        from allauth.account.models import EmailAddress

        from .models import RetentionNotice

        data: dict[str, Any] = {
            "email": user.email,
            "name": user.name,
            "language": user.get_language_display(),
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "is_reviewer": user.is_reviewer,
            "is_staff": user.is_staff,
            "email_addresses": [
                {"email": a.email, "verified": a.verified, "primary": a.primary}
                for a in EmailAddress.objects.filter(user=user).order_by("-primary", "email")
            ],
            # When retention warned that the unused account will be deleted (gone again after a new login).
            "inactivity_warning": RetentionNotice.objects.filter(user=user).values_list("warned_at", flat=True).first(),
        }
        if apps.is_installed("allauth.mfa"):
            from allauth.mfa.models import Authenticator

            # Which factors exist and when they were used; never their secrets.
            data["second_factors"] = [
                {
                    "type": a.get_type_display(),
                    "name": a.data.get("name", "") if a.type == Authenticator.Type.WEBAUTHN else "",
                    "created_at": a.created_at,
                    "last_used_at": a.last_used_at,
                }
                for a in Authenticator.objects.filter(user=user).order_by("created_at")
            ]
        return data

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        from allauth.account.models import EmailAddress
        from django.contrib.admin.models import LogEntry
        from django.contrib.contenttypes.models import ContentType

        # The admin's change history stays (it is the staff's record), but no longer names the person.
        redacted = LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(User), object_id=str(user.pk)
        ).update(object_repr=REDACTED)
        sessions = end_sessions(user)
        email_addresses, _by_model = EmailAddress.objects.filter(user=user).delete()
        # Cascades to what hangs only on the account: second factors, the retention notice, allauth's tokens.
        user.delete()
        return {"accounts": 1, "sessions_ended": sessions, "email_addresses": email_addresses, "log_redacted": redacted}


class VolunteerProfileData(Category):
    key = "volunteer_profile"
    title = _("Volunteer profile")
    description = _("What you told organisations about yourself as a volunteer.")
    labels = field_labels(
        VolunteerProfile,
        "display_name",
        "bio",
        "skills",
        "sectors",
        "plz",
        "latitude",
        "longitude",
        "radius_km",
        "remote_ok",
        "hours_per_month",
        "is_public",
        "created_at",
        "updated_at",
    )

    covers = ("volunteers.VolunteerProfile.user",)

    def export(self, user: User) -> dict[str, Any] | None:
        profile = VolunteerProfile.objects.filter(user=user).prefetch_related("skills", "sectors").first()
        if profile is None:
            return None
        return {
            "display_name": profile.display_name,
            "bio": profile.bio,
            "skills": [skill.name for skill in profile.skills.all()],
            "sectors": [sector.name for sector in profile.sectors.all()],
            "plz": profile.plz,
            # The centre of the postcode area, not an address.
            "latitude": profile.latitude,
            "longitude": profile.longitude,
            "radius_km": profile.radius_km,
            "remote_ok": profile.remote_ok,
            "hours_per_month": profile.hours_per_month,
            "is_public": profile.is_public,
            "created_at": profile.created_at,
            "updated_at": profile.updated_at,
        }

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        deleted, _by_model = VolunteerProfile.objects.filter(user=user).delete()
        return {"volunteer_profiles": min(deleted, 1)}


class MembershipData(Category):
    key = "memberships"
    title = _("Organisations")
    description = _(
        "The organisations you belong to, with their details as their members see them, and invitations to your "
        "address. The other members are not part of your data."
    )
    labels = {
        **field_labels(
            Organisation,
            "name",
            "slug",
            "sector",
            "is_formal",
            "description",
            "plz",
            "town",
            "contact_email",
            "contact_phone",
            "contact_address",
            "created_at",
        ),
        "organisation": _("organisation"),
        "role": _("role"),
        "member_since": _("member since"),
        "memberships": _("memberships"),
        "invitations": _("invitations"),
        **field_labels(Invitation, "email", "expires_at", "accepted_at"),
        "invited_at": _("invited"),
    }
    covers = ("organisations.Organisation.members", "organisations.Membership.user")

    def export(self, user: User) -> dict[str, Any]:
        memberships = Membership.objects.filter(user=user).select_related("organisation", "organisation__sector")
        invitations = Invitation.objects.filter(matching("email", addresses(user))).select_related("organisation")
        return {
            "memberships": [
                {
                    "organisation": _organisation(m.organisation),
                    "role": m.get_role_display(),
                    "member_since": m.created_at,
                }
                for m in memberships.order_by("created_at", "pk")
            ],
            "invitations": [
                {
                    "organisation": i.organisation.name,
                    "email": i.email,
                    "role": i.get_role_display(),
                    "invited_at": i.created_at,
                    "expires_at": i.expires_at,
                    "accepted_at": i.accepted_at,
                }
                for i in invitations.order_by("created_at", "pk")
            ],
        }

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        mine = addresses(user)
        # An organisation with no other member goes with its last member: nobody is left to look after it.
        alone = (
            # pk__in, not memberships__user: the count must see every member, not just the joined one.
            Organisation.objects.filter(pk__in=Membership.objects.filter(user=user).values("organisation_id"))
            .annotate(members_count=Count("memberships"))
            .filter(members_count=1)
            .values_list("pk", flat=True)
        )
        _count, deleted = Organisation.objects.filter(pk__in=list(alone)).delete()
        memberships, _by_model = Membership.objects.filter(user=user).delete()
        invitations, _by_model = Invitation.objects.filter(matching("email", mine)).delete()
        # A contact address that is the person's own login address is theirs, not the organisation's.
        contacts = Organisation.objects.filter(matching("contact_email", mine)).update(contact_email="")
        return {
            "organisations_deleted": deleted.get("organisations.Organisation", 0),
            "needs_deleted": deleted.get("needs.Need", 0),
            "memberships": memberships,
            "invitations": invitations,
            "contact_addresses_removed": contacts,
        }


def _organisation(organisation: Organisation) -> dict[str, Any]:
    return {
        "name": organisation.name,
        "slug": organisation.slug,
        "sector": organisation.sector.name,
        "is_formal": organisation.is_formal,
        "description": organisation.description,
        "plz": organisation.plz,
        "town": organisation.town,
        # Members see the contact details on the platform anyway (organisations.access.can_see_contact).
        "contact_email": organisation.contact_email,
        "contact_phone": organisation.contact_phone,
        "contact_address": organisation.contact_address,
        "created_at": organisation.created_at,
    }


class NeedsCreatedData(Category):
    key = "needs_created"
    title = _("Needs you created")
    description = _("Needs you wrote for an organisation. They belong to the organisation and stay with it.")
    labels = {
        **field_labels(
            Need,
            "title",
            "description",
            "status",
            "kind",
            "size",
            "urgency",
            "remote_ok",
            "monthly_budget_cents",
            "use_cases",
            "skills",
            "created_at",
            "published_at",
            "closed_at",
        ),
        "organisation": _("organisation"),
    }

    covers = ("needs.Need.created_by",)

    def export(self, user: User) -> list[dict[str, Any]]:
        needs = (
            Need.objects.filter(created_by=user)
            .select_related("organisation")
            .prefetch_related("use_cases", "skills")
            .order_by("created_at", "pk")
        )
        return [
            {
                "organisation": need.organisation.name,
                "title": need.title,
                "description": need.description,
                "status": need.get_status_display(),
                "kind": need.get_kind_display(),
                "size": need.get_size_display(),
                "urgency": need.get_urgency_display(),
                "remote_ok": need.remote_ok,
                "monthly_budget_cents": need.monthly_budget_cents,
                "use_cases": [use_case.name for use_case in need.use_cases.all()],
                "skills": [skill.name for skill in need.skills.all()],
                "created_at": need.created_at,
                "published_at": need.published_at,
                "closed_at": need.closed_at,
            }
            for need in needs
        ]

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        return {"needs_anonymised": Need.objects.filter(created_by=user).update(created_by=None)}


class OfferData(Category):
    key = "offers"
    title = _("Offers of help")
    description = _("The offers you made as a volunteer and the organisations' answers to them.")
    labels = {
        **field_labels(
            Offer,
            "message",
            "hours_per_month",
            "status",
            "created_at",
            "expires_at",
            "decided_at",
            "decision_message",
        ),
        "need": _("need"),
        "organisation": _("organisation"),
    }
    covers = ("offers.Offer.volunteer",)

    def export(self, user: User) -> list[dict[str, Any]]:
        offers = Offer.objects.filter(volunteer=user).select_related("need", "need__organisation")
        return [
            {
                "need": offer.need.title,
                "organisation": offer.need.organisation.name,
                "message": offer.message,
                "hours_per_month": offer.hours_per_month,
                "status": offer.get_status_display(),
                "created_at": offer.created_at,
                "expires_at": offer.expires_at,
                "decided_at": offer.decided_at,
                "decision_message": offer.decision_message,
            }
            for offer in offers.order_by("created_at", "pk")
        ]

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        # Live offers are withdrawn the normal way, so the organisation's admins are told and nobody waits.
        withdrawn = 0
        live = Offer.objects.filter(volunteer=user, status__in=Offer.ACTIVE_STATUSES).select_related(
            "need", "need__organisation", "volunteer", "volunteer__volunteer_profile"
        )
        for offer in live:
            try:
                offer_services.withdraw(offer, user)
            except RuleViolation:
                continue  # answered in the meantime; it is cut loose below all the same
            withdrawn += 1
        # The organisation keeps its conversations (messages stay readable, the volunteer shows as "deleted user")
        # until the retention period for ended offers runs out.
        kept = Offer.objects.filter(volunteer=user).update(volunteer=None)
        return {"offers_withdrawn": withdrawn, "offers_anonymised": kept}


class MessageData(Category):
    key = "messages"
    title = _("Messages")
    description = _("What you wrote in conversations about offers. What the other side wrote is their data.")
    labels = {
        **field_labels(Message, "body", "created_at"),
        "need": _("need"),
        "organisation": _("organisation"),
    }

    covers = ("conversations.Message.author",)

    def export(self, user: User) -> list[dict[str, Any]]:
        messages = Message.objects.filter(author=user).select_related("offer__need__organisation")
        return [
            {
                "need": message.offer.need.title,
                "organisation": message.offer.need.organisation.name,
                "created_at": message.created_at,
                "body": message.body,
            }
            for message in messages.order_by("created_at", "pk")
        ]

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        # The other side still needs the conversation: the text stays, the author becomes "deleted user".
        return {"messages_anonymised": Message.objects.filter(author=user).update(author=None)}


class MailQueueData(Category):
    key = "mails"
    title = _("E-mails to you")
    description = _("Notifications we sent or are about to send you. Subject and text are deleted once a mail is sent.")
    labels = {
        **field_labels(OutgoingMail, "to", "language", "subject", "body_text", "status", "created_at", "sent_at"),
        "kind": _("kind"),
    }

    def export(self, user: User) -> list[dict[str, Any]]:
        mails = OutgoingMail.objects.filter(matching("to", addresses(user))).order_by("created_at", "pk")
        return [
            {
                "kind": mail.kind.removeprefix("mail/"),
                "to": mail.to,
                "language": mail.language,
                "subject": mail.subject,
                "body_text": mail.body_text,
                "status": mail.get_status_display(),
                "created_at": mail.created_at,
                "sent_at": mail.sent_at,
            }
            for mail in mails
        ]

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        deleted, _by_model = OutgoingMail.objects.filter(matching("to", addresses(user))).delete()
        return {"mails": deleted}


# The order of the export and of the readable page.
CATEGORIES: tuple[Category, ...] = (
    AccountData(),
    VolunteerProfileData(),
    MembershipData(),
    NeedsCreatedData(),
    OfferData(),
    MessageData(),
    TeamMembershipData(),
    EngagementWorkData(),
    MeetingData(),
    PledgeData(),
    FeedbackData(),
    KnowledgeData(),
    DataProtectionWorkData(),
    OrganisationActsData(),
    VerificationData(),
    VouchData(),
    ModerationData(),
    SavedSearchData(),
    ApiAccessData(),
    MailQueueData(),
    NotificationData(),
)
_BY_KEY = {category.key: category for category in CATEGORIES}

# The order of deletion: offers first (the withdrawal mail names the volunteer's profile), organisations before
# messages and needs (what goes with a sole member's organisation is not anonymised first), the mails after every
# step that could queue one to the person, the account last.
DELETION_ORDER: tuple[Category, ...] = tuple(
    _BY_KEY[key]
    for key in (
        "offers",
        "memberships",
        "messages",
        "meetings",
        "organisation_acts",
        "engagement_work",
        "team_memberships",
        "pledges",
        "feedback",
        "knowledge",
        "data_protection_work",
        "needs_created",
        "volunteer_profile",
        "verifications",
        "vouches",
        "moderation",
        "saved_searches",
        "api_access",
        "mails",
        "notifications",
        "account",
    )
)


def export_all(user: User) -> dict[str, Any]:
    """Everything the platform stores about `user`, category by category (plain values, dates as datetimes)."""
    return {"exported_at": timezone.now(), **{category.key: category.export(user) for category in CATEGORIES}}
