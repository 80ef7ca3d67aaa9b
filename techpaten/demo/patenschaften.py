"""Patenschaften in the demo: engagements in every state, with inventories, costs, pledges and their history.

The stories, in Berlin and Brandenburg:
- Kita Sonnenschein (featured): Lena looked for a backup with one click; Claudia met the Kita, was accepted and joined
  as backup, so the "no backup admin yet" flag is gone. Of the offers still waiting, one has a proposed first
  meeting. Lena proposes paid work; pledges cover part of the server, a bakery sponsors the backup storage.
- The Kreuzberg team (Jonas Becker and his partner) serves its first organisation and, through an offer on behalf of
  the team, the Mieterinitiative Wrangelkiez; one server is shared 2 : 1. A paid work offer was accepted.
- Lebensmittelrettung Moabit: its only volunteer left with a handover (two items open); the need is listed again, the
  engagement paused, and a maintenance date is overdue.
- Ruderverein Havelwelle: one admin, looking for a backup ("backup wanted"); a candidate's first meeting is confirmed.
- Nachbarschaftsgarten Wedding: the club ended its engagement once the chat ran; reviews both ways and one reply.
Every other active engagement gets services from its needs' use cases, cost items and hours.

Rules are kept by going through the services (see `patenschaften_kit.Kit`). The mails those services queue are
dropped at the end: nobody is to be mailed about a story that happened weeks ago (and .example addresses bounce).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db.models import Max

from techpaten.costs.models import CostItem, Pledge
from techpaten.engagements import services as engagement_services
from techpaten.engagements import work
from techpaten.engagements.models import Engagement, Handover, HoursReport, PaidWorkOffer
from techpaten.feedback import services as feedback_services
from techpaten.feedback.models import Feedback
from techpaten.inventory.models import Service
from techpaten.mail.models import OutgoingMail
from techpaten.meetings import services as meeting_services
from techpaten.meetings.models import FirstMeeting
from techpaten.needs import services as need_services
from techpaten.needs.models import Need
from techpaten.offers import services as offer_services
from techpaten.offers.models import Offer
from techpaten.volunteers.models import Team, TeamMember

from . import patenschaften_texts as texts
from . import people
from .organisations import FEATURED_KITA, FEATURED_VEREIN
from .patenschaften_kit import Kit

if TYPE_CHECKING:
    from .builder import Demo

COVERED = CostItem.CoveredBy
PENDING = Offer.Status.PENDING
PARTNER_ORGANISATION = "mieterinitiative-wrangelkiez"


def build_patenschaften(demo: Demo) -> None:
    first_mail = OutgoingMail.objects.aggregate(last=Max("pk"))["last"] or 0
    kit = Kit(demo)
    told = [_kita(kit), *_shared_team(kit), _paused(kit), _single_admin(kit), _ended(kit)]
    _everyone_else(kit, {engagement.pk for engagement in told})
    OutgoingMail.objects.filter(pk__gt=first_mail).delete()
    for status in Engagement.Status.values:
        demo.counts[f"engagements_{status}"] = Engagement.objects.filter(status=status).count()
    demo.counts["engagements"] = Engagement.objects.count()
    demo.counts["services"] = Service.objects.count()
    demo.counts["cost_items"] = CostItem.objects.count()
    demo.counts["pledges"] = Pledge.objects.count()
    demo.counts["hours_reports"] = HoursReport.objects.count()


def _kita(kit: Kit) -> Engagement:
    demo = kit.demo
    organisation = kit.organisation(FEATURED_KITA)
    admin = kit.admin(organisation)
    need = demo.featured["kita-matched-0"]
    engagement = Engagement.objects.select_related("team").get(engagement_needs__need=need)
    lena, claudia = kit.volunteer(people.VOLUNTEER_EMAIL), kit.volunteer("claudia.neumann")
    start = engagement.started_at
    # Lena looks for a backup with one click; Claudia offers, they meet, the Kita accepts: she joins as backup.
    engagement_services.reopen_for_backup(engagement, need, lena)
    offer = offer_services.make_offer(need, claudia, texts.KITA_BACKUP_OFFER, hours_per_month=3)
    meeting = meeting_services.propose(
        offer, admin, starts_at=demo.now + timedelta(days=1), duration_minutes=45, place=texts.KITA_PLACE,
        note=texts.KITA_BACKUP_MEETING,
    )  # fmt: skip
    meeting_services.confirm(meeting, claudia)
    offered, met, accepted = kit.at(start, 0.4), kit.at(start, 0.5), kit.at(start, 0.6)
    FirstMeeting.objects.filter(pk=meeting.pk).update(
        starts_at=kit.local(met, 17, 30), created_at=kit.at(offered, 0.02), answered_at=kit.at(offered, 0.05)
    )
    engagement = kit.accept(offer, offered, accepted, texts.KITA_BACKUP_ACCEPT)
    kit.change_need(need, admin, "mark_matched", accepted)

    # An offer still waiting on another need: the volunteer proposed a video call; the Kita has yet to answer.
    theresa = kit.volunteer("theresa.maier")
    waiting = Offer.objects.get(need=demo.featured["kita-open-1"], volunteer=theresa, status=PENDING)
    proposal = meeting_services.propose(
        waiting, theresa, starts_at=kit.local(kit.day(3), 18), duration_minutes=30,
        link="https://meet.example/kennenlernen-kita-sonnenschein", note=texts.THERESA_MEETING_NOTE,
    )  # fmt: skip
    FirstMeeting.objects.filter(pk=proposal.pk).update(created_at=kit.at(waiting.created_at, 0.6))

    paid = work.propose(engagement, lena, texts.PAID_WORK_KITA, Decimal(14), 3500)
    PaidWorkOffer.objects.filter(pk=paid.pk).update(created_at=kit.at(start, 0.85))

    cloud = kit.service(
        engagement, organisation, texts.KITA_CLOUD, update_in=26, tls_in=9, restore_in=48, tested_ago=40,
        credentials_location=texts.KITA_CREDENTIALS,
    )  # fmt: skip
    mail = kit.service(engagement, organisation, texts.KITA_MAIL, restore_in=70, tested_ago=60)
    backup = kit.service(engagement, organisation, texts.KITA_BACKUP, update_in=30, restore_in=5, tested_ago=40)
    server = kit.cost(engagement, organisation, texts.SERVICES["photos"].cost, COVERED.PLEDGES, [cloud])
    domain = ("domain", f"Domain {cloud.domain.removeprefix('cloud.')}", 1800, "year")
    kit.cost(engagement, organisation, domain, COVERED.ORGANISATION, [cloud, mail])
    kit.cost(engagement, organisation, texts.KITA_MAILBOXES, COVERED.ORGANISATION, [mail], provider=texts.MAIL_HOSTER)
    kit.cost(
        engagement, organisation, texts.SERVICES["backup"].cost, COVERED.SPONSOR, [backup],
        provider=texts.STORAGE_HOSTER, sponsor=texts.KITA_SPONSOR,
    )  # fmt: skip
    # 890 ct a month: 700 confirmed (one of them from Lena, logged in), 200 promised, the rest open.
    kit.pledge(server, texts.SUPPORTERS[0], 300, confirmed=True)
    kit.pledge(server, texts.SUPPORTERS[1], 200, confirmed=True)
    kit.pledge(server, (lena.name, lena.email, True), 200, confirmed=True, user=lena)
    kit.pledge(server, texts.SUPPORTERS[2], 200, confirmed=False)
    kit.hours(engagement, [lena])
    kit.hours(engagement, [claudia], since=accepted)
    return engagement


def _shared_team(kit: Kit) -> list[Engagement]:
    """Jonas's team takes on a second organisation through an offer on behalf of the team; one server serves both."""
    jonas = kit.volunteer(people.BOTH_EMAIL)
    membership = (
        TeamMember.objects.filter(user=jonas, left_at__isnull=True).select_related("team").order_by("pk").first()
    )
    if membership is None:
        raise RuntimeError("demo: Jonas is on no team")
    team = membership.team
    first = Engagement.objects.filter(team=team, status=Engagement.Status.ACTIVE).order_by("started_at", "pk").first()
    partner = kit.organisation(PARTNER_ORGANISATION)
    if first is None or first.organisation_id == partner.pk:
        raise RuntimeError("demo: Jonas's team has no engagement to share with the partner organisation")
    holder = kit.organisation_of(first)
    members = engagement_services.active_members(first)
    team_start = max(m.joined_at for m in members)
    colleague = next((m.user for m in members if m.user_id != jonas.pk and m.user is not None), None)
    need = kit.need_of(partner, "files", (Need.Status.OPEN,))
    offered = max(kit.at(team_start, 0.3), (need.published_at or team_start) + timedelta(hours=2))
    accepted = kit.at(offered, 0.15)
    message = texts.TEAM_OFFER.format(
        partner=colleague.name.split()[0] if colleague else "Mein Team", organisation=holder.name
    )
    _offer, second = kit.take_on(need, jonas, offered, accepted, message, texts.TEAM_ACCEPT, team=team)
    kit.change_need(need, kit.admin(partner), "mark_matched", accepted)
    Team.objects.filter(pk=team.pk).update(name=texts.TEAM_NAME)

    lead = next(m.user for m in members if m.role == TeamMember.Role.LEAD and m.user is not None)
    paid = work.propose(first, lead, texts.PAID_WORK_RAPPELKISTE, Decimal(16), 4000)
    work.answer(paid, kit.admin(holder), "accept", texts.PAID_WORK_ACCEPTED)
    PaidWorkOffer.objects.filter(pk=paid.pk).update(
        created_at=kit.at(team_start, 0.5), decided_at=kit.at(team_start, 0.6)
    )

    cloud = kit.service(first, holder, texts.TEAM_CLOUD, **kit.later(texts.TEAM_CLOUD))
    router = kit.service(first, holder, texts.SERVICES["network"], update_in=3)
    partner_cloud = kit.service(
        second, partner, texts.PARTNER_CLOUD, update_in=12, tls_in=60, restore_in=45, tested_ago=20
    )
    kit.cost(first, holder, texts.SHARED_SERVER, COVERED.ORGANISATION, [cloud], weights={holder.pk: 2, partner.pk: 1})
    domain = ("domain", f"Domain {holder.slug}.example", 1500, "year")
    kit.cost(first, holder, domain, COVERED.VOLUNTEER, [cloud, router])
    kit.cost(first, holder, texts.BACKUP_STORAGE, COVERED.OPEN, [cloud], provider=texts.STORAGE_HOSTER)
    partner_item = kit.cost(second, partner, texts.PARTNER_COST, COVERED.PLEDGES, [partner_cloud])
    kit.pledge(partner_item, texts.SUPPORTERS[3], 100, confirmed=True)
    kit.pledge(partner_item, texts.SUPPORTERS[4], 100, confirmed=False)
    users = [m.user for m in members if m.user is not None]
    kit.hours(first, users)
    kit.hours(kit.fresh(second), users)
    return [first, second]


def _paused(kit: Kit) -> Engagement:
    """The only volunteer leaves with a handover: the need is listed again and the engagement pauses."""
    engagement = kit.backdate(kit.ensure_engagement("lebensmittelrettung-moabit", "karl.schubert", "network"))
    organisation = kit.organisation_of(engagement)
    admin = kit.admin(organisation)
    members = engagement_services.active_members(engagement)
    if len(members) != 1 or members[0].user is None:
        raise RuntimeError("demo: the paused story needs an engagement with exactly one volunteer")
    leaver, user = members[0], members[0].user
    start = engagement.started_at
    for link in engagement.engagement_needs.select_related("need").order_by("pk"):
        if link.need.status == Need.Status.OPEN:
            kit.change_need(link.need, admin, "mark_matched", start)
    kit.service(
        engagement, organisation, texts.MOABIT_LAPTOPS, update_in=-6, notes=texts.MOABIT_SERVICE_NOTES,
        admin_rights=f"{admin.name} (Koordination); bis zur Übergabe auch {user.name}",
    )  # fmt: skip
    left = kit.at(start, 0.7)
    kit.hours(engagement, [user], until=left)
    data: dict[str, Any] = {"reason": texts.MOABIT_REASON, "notes": texts.MOABIT_NOTES, "successor": None}
    data.update(inventory_updated=True, admin_rights_passed=True, backups_verified=False, successor_introduced=False)
    departure = engagement_services.leave(leaver, user, data)
    TeamMember.objects.filter(pk=leaver.pk).update(left_at=left)
    Handover.objects.filter(pk=departure.handover.pk).update(created_at=left)
    reopened = [need.pk for needs in departure.reopened.values() for need in needs]
    Need.objects.filter(pk__in=reopened).update(updated_at=left)
    return engagement


def _single_admin(kit: Kit) -> Engagement:
    """One volunteer runs everything: the need is listed again as "backup wanted"; a candidate meets the club."""
    engagement = kit.backdate(kit.ensure_engagement("ruderverein-havelwelle", "sabine.kraus", "website"))
    organisation = kit.organisation_of(engagement)
    admin = kit.admin(organisation)
    members = kit.members(engagement)
    if len(members) != 1:
        raise RuntimeError("demo: the backup story needs an engagement with exactly one volunteer")
    volunteer, start = members[0], engagement.started_at
    link = engagement.engagement_needs.select_related("need").order_by("pk").first()
    if link is None:
        raise RuntimeError("demo: the backup story needs an engagement with a need")
    need = link.need
    if need.status == Need.Status.OPEN:
        kit.change_need(need, admin, "mark_matched", start)
    website = kit.service(engagement, organisation, texts.RUDER_WEBSITE, update_in=22, tls_in=50, restore_in=12,
                          tested_ago=75)  # fmt: skip
    calendar = kit.service(
        engagement, organisation, texts.SERVICES["calendar"], **kit.later(texts.SERVICES["calendar"])
    )
    kit.cost(engagement, organisation, texts.RUDER_WEBSPACE, COVERED.ORGANISATION, [website, calendar])
    domain = ("domain", f"Domain {organisation.slug}.example", 1500, "year")
    kit.cost(engagement, organisation, domain, COVERED.VOLUNTEER, [website])
    kit.hours(engagement, [volunteer])
    engagement_services.reopen_for_backup(engagement, need, volunteer)
    reopened = kit.at(start, 0.7)
    Need.objects.filter(pk=need.pk).update(updated_at=reopened)
    candidate = Offer.objects.filter(need=need, status=PENDING).select_related("volunteer").order_by("pk").first()
    if candidate is not None and candidate.volunteer is not None:
        meeting = meeting_services.propose(
            candidate, admin, starts_at=kit.local(kit.day(5), 19), duration_minutes=45, place=texts.RUDER_PLACE,
            note=texts.RUDER_MEETING_NOTE,
        )  # fmt: skip
        meeting_services.confirm(meeting, candidate.volunteer)
        FirstMeeting.objects.filter(pk=meeting.pk).update(
            created_at=kit.at(reopened, 0.4), answered_at=kit.at(reopened, 0.7)
        )
    return engagement


def _ended(kit: Kit) -> Engagement:
    """The club ends the engagement once its chat runs; the history stays, and both sides review each other."""
    demo = kit.demo
    organisation = kit.organisation(FEATURED_VEREIN)
    admin = kit.admin(organisation)
    sam = kit.volunteer("sam.carter")
    need = kit.need_of(organisation, "messenger", (Need.Status.CLOSED, Need.Status.OPEN))
    published = min(need.published_at or demo.ago(55), demo.ago(55))
    if need.status == Need.Status.CLOSED:
        need_services.change_status(need, admin, "reopen")
    offered, accepted, closed, ended = demo.ago(53), demo.ago(51), demo.ago(12), demo.ago(10)
    _offer, engagement = kit.take_on(need, sam, offered, accepted, texts.GARDEN_OFFER, texts.GARDEN_ACCEPT)
    kit.change_need(need, admin, "mark_matched", accepted)
    jonas = kit.volunteer(people.BOTH_EMAIL)
    chat = kit.service(
        engagement, organisation, texts.GARDEN_CHAT, notes=texts.GARDEN_SERVICE_NOTES,
        admin_rights=f"{admin.name} (Vorstand) und {jonas.name} (Mitglied); bis zum Ende der Patenschaft {sam.name}",
        **kit.later(texts.GARDEN_CHAT),
    )  # fmt: skip
    kit.cost(engagement, organisation, texts.GARDEN_CHAT.cost, COVERED.SPONSOR, [chat], sponsor=texts.GARDEN_SPONSOR)
    kit.hours(engagement, [sam], until=ended)
    kit.change_need(need, admin, "close", closed)
    engagement_services.change_status(engagement, admin, "end")
    Engagement.objects.filter(pk=engagement.pk).update(ended_at=ended)
    Need.objects.filter(pk=need.pk).update(created_at=published - timedelta(days=1), published_at=published)
    about_sam = feedback_services.write_about_volunteer(need, admin, sam, texts.GARDEN_ABOUT_SAM)
    about_club = feedback_services.write_about_organisation(need, sam, texts.SAM_ABOUT_GARDEN)
    feedback_services.reply(about_sam, sam, texts.SAM_REPLY)
    Feedback.objects.filter(pk=about_sam.pk).update(created_at=demo.ago(9), replied_at=demo.ago(7))
    Feedback.objects.filter(pk=about_club.pk).update(created_at=demo.ago(8))
    return engagement


def _everyone_else(kit: Kit, told: set[int]) -> None:
    """Services from the needs' use cases, their costs (covered in every way), a domain, and the team's hours."""
    rng = kit.rng
    engagements = list(
        Engagement.objects.filter(status=Engagement.Status.ACTIVE).exclude(pk__in=told).order_by("started_at", "pk")
    )
    use_cases: dict[int, list[str]] = defaultdict(list)
    rows = Need.use_cases.through.objects.filter(need__engagement_link__engagement__in=engagements).order_by("pk")
    for engagement_id, slug in rows.values_list("need__engagement_link__engagement_id", "usecase__slug"):
        if slug in texts.SERVICES and slug not in use_cases[engagement_id]:
            use_cases[engagement_id].append(slug)
    for engagement in engagements:
        organisation = kit.organisation_of(engagement)
        chosen = [texts.SERVICES[slug] for slug in use_cases[engagement.pk][:3]]
        if not any(text.subdomain for text in chosen):
            chosen.append(texts.SERVICES[texts.FALLBACK_USE_CASE])
        if len(chosen) < 4 and rng.random() < 0.5:
            chosen.append(texts.SERVICES["backup"])
        hosted = []
        for text in chosen:
            service = kit.service(engagement, organisation, text, **kit.later(text))
            if text.cost is None:
                continue
            hosted.append(service)
            covered = rng.choice([COVERED.ORGANISATION, COVERED.ORGANISATION, COVERED.PLEDGES, COVERED.VOLUNTEER,
                                  COVERED.SPONSOR, COVERED.OPEN])  # fmt: skip
            sponsor = rng.choice(texts.SPONSORS) if covered == COVERED.SPONSOR else ""
            item = kit.cost(engagement, organisation, text.cost, covered, [service], sponsor=sponsor)
            if covered == COVERED.PLEDGES:
                for supporter in rng.sample(texts.SUPPORTERS, rng.randint(1, 2)):
                    kit.pledge(item, supporter, rng.choice([100, 200, 300]), confirmed=rng.random() < 0.6)
        if hosted:
            domain = ("domain", f"Domain {organisation.slug}.example", rng.choice([1200, 1500, 1800]), "year")
            kit.cost(engagement, organisation, domain, COVERED.ORGANISATION, hosted)
        kit.hours(engagement, kit.members(engagement))
