"""The role finder: AVV, confidentiality undertaking or nothing, for a table of cases, and its public GET form."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from techpaten.compliance.roles import Answers, Body, Hoster, Outcome, Party, Role, Verdict, decide

C, P, S, B, N = Role.CONTROLLER, Role.PROCESSOR, Role.SUB_PROCESSOR, Role.BOUND, Role.NONE
ORG, HELPER, HOSTER = Party.ORGANISATION, Party.HELPER, Party.HOSTER
PRIVATE, PUBLIC = Body.PRIVATE, Body.PUBLIC

# household, beyond private life, helper is member, helper has access, hoster, body → verdict, documents,
# recommended, roles
CASES = [
    pytest.param(
        (True, False, True, True, Hoster.NONE, Body.NONE),
        (Verdict.HOUSEHOLD, (), (), {ORG: N, HELPER: N}),
        id="wg-own-members-only",
    ),
    pytest.param(
        (True, False, True, False, Hoster.ORGANISATION, Body.NONE),
        (Verdict.HOUSEHOLD, (), (), {ORG: N, HELPER: N, HOSTER: B}),
        id="wg-with-rented-server",
    ),
    # Recital 18: correspondence and the holding of addresses are household activities.
    pytest.param(
        (True, False, True, True, Hoster.NONE, Body.NONE),
        (Verdict.HOUSEHOLD, (), (), {ORG: N, HELPER: N}),
        id="wg-shared-address-book-with-friends-and-landlord-stays-exempt",
    ),
    # Recital 18, last sentence: the helper who provides the means is bound; the household stays exempt, no AVV.
    pytest.param(
        (True, False, False, True, Hoster.HELPER, Body.NONE),
        (Verdict.HOUSEHOLD, (), (), {ORG: N, HELPER: B, HOSTER: B}),
        id="wg-with-outside-admin-stays-exempt-helper-bound",
    ),
    pytest.param(
        (True, False, False, True, Hoster.NONE, Body.NONE),
        (Verdict.HOUSEHOLD, (), (), {ORG: N, HELPER: B}),
        id="wg-outside-admin-on-own-hardware",
    ),
    # What does end it: publication (Lindqvist), public space (Ryneš), use beyond private life.
    pytest.param(
        (True, True, True, True, Hoster.NONE, Body.NONE),
        (Verdict.MEMBER, ("confidentiality", "tom", "vvt"), (), {ORG: C, HELPER: N}),
        id="wg-publishing-to-the-public-loses-the-exemption",
    ),
    pytest.param(
        (True, True, False, True, Hoster.HELPER, Body.NONE),
        (Verdict.PROCESSOR, ("avv", "tom", "vvt"), (), {ORG: C, HELPER: P, HOSTER: S}),
        id="wg-beyond-private-life-with-outside-admin",
    ),
    pytest.param(
        (False, True, True, True, Hoster.ORGANISATION, PRIVATE),
        (Verdict.MEMBER, ("confidentiality", "tom", "vvt"), (), {ORG: C, HELPER: N, HOSTER: P}),
        id="kita-parent-on-council-hosts",
    ),
    pytest.param(
        (False, True, True, True, Hoster.HELPER, PRIVATE),
        (Verdict.MEMBER, ("confidentiality", "tom", "vvt"), (), {ORG: C, HELPER: N, HOSTER: P}),
        id="kita-member-signs-hoster-privately",
    ),
    pytest.param(
        (False, True, False, True, Hoster.ORGANISATION, PRIVATE),
        (Verdict.PROCESSOR, ("avv", "tom", "vvt"), (), {ORG: C, HELPER: P, HOSTER: P}),
        id="kita-outside-admin-org-signs-hoster",
    ),
    pytest.param(
        (False, True, False, True, Hoster.HELPER, PRIVATE),
        (Verdict.PROCESSOR, ("avv", "tom", "vvt"), (), {ORG: C, HELPER: P, HOSTER: S}),
        id="kita-outside-admin-signs-hoster",
    ),
    pytest.param(
        (False, True, False, True, Hoster.NONE, PUBLIC),
        (Verdict.PROCESSOR, ("avv", "tom", "vvt"), (), {ORG: C, HELPER: P}),
        id="public-school-outside-admin-own-hardware",
    ),
    # A school in free sponsorship (Ersatzschule) is no public authority: same documents, other DPO rule.
    pytest.param(
        (False, True, False, True, Hoster.ORGANISATION, PRIVATE),
        (Verdict.PROCESSOR, ("avv", "tom", "vvt"), (), {ORG: C, HELPER: P, HOSTER: P}),
        id="private-school-outside-admin",
    ),
    pytest.param(
        (False, True, False, False, Hoster.ORGANISATION, PRIVATE),
        (Verdict.NO_ACCESS, ("tom", "vvt"), ("confidentiality",), {ORG: C, HELPER: N, HOSTER: P}),
        id="verein-advice-only",
    ),
    pytest.param(
        (False, False, False, False, Hoster.NONE, PRIVATE),
        (Verdict.NO_ACCESS, ("tom", "vvt"), ("confidentiality",), {ORG: C, HELPER: N}),
        id="initiative-advice-only-no-hoster",
    ),
    pytest.param(
        (False, True, False, False, Hoster.HELPER, PRIVATE),
        (Verdict.PROCESSOR, ("avv", "tom", "vvt"), (), {ORG: C, HELPER: P, HOSTER: S}),
        id="advice-only-but-helper-holds-hoster-contract",
    ),
    pytest.param(
        (True, False, False, False, Hoster.NONE, Body.NONE),
        (Verdict.HOUSEHOLD, (), (), {ORG: N, HELPER: N}),
        id="wg-outside-adviser-without-access",
    ),
]


@pytest.mark.parametrize(("given", "expected"), CASES)
def test_the_role_finder_decides_each_case_of_the_table(given, expected):
    verdict, documents, recommended, roles = expected
    outcome = decide(Answers(*given))
    assert outcome.verdict is verdict
    assert outcome.documents == documents
    assert outcome.recommended == recommended
    assert outcome.role_of == roles


@pytest.mark.parametrize(("given", "expected"), CASES)
def test_every_reason_cites_its_article_or_recital(given, expected):
    outcome = decide_in_english(*given)
    assert outcome.reasons
    assert all("Art." in reason or "Recital" in reason for reason in outcome.reasons), outcome.reasons


def decide_in_english(*given) -> Outcome:
    """The reasons are written in English with the English citation style, e.g. "Art. 28(3)"."""
    with translation.override("en"):
        return decide(Answers(*given))


def test_the_household_outcome_says_when_the_exemption_stops_applying():
    outcome = decide_in_english(True, False, True, True, Hoster.NONE, Body.NONE)
    assert "Art. 2(2)(c)" in outcome.reasons[0]
    assert "Recital 18" in outcome.reasons[1] and "shared address book" in outcome.reasons[1]
    advice = " ".join(outcome.advice)
    assert "administers" in advice
    assert "C-101/01 Lindqvist" in advice and "C-212/13 Ryneš" in advice
    # Outsiders' data or an outside helper are no longer named as what ends the exemption.
    assert "outside the household" not in advice and "helper from outside" not in advice


def test_an_outside_admin_of_a_wg_is_bound_but_the_wg_owes_no_avv():
    outcome = decide_in_english(True, False, False, True, Hoster.HELPER, Body.NONE)
    assert outcome.verdict is Verdict.HOUSEHOLD and "avv" not in outcome.documents
    reasons = " ".join(outcome.reasons)
    assert "bound by the GDPR" in reasons and "Recital 18 GDPR, last sentence" in reasons
    assert "needs no data processing agreement (AVV)" in reasons


def test_a_private_school_is_told_art_37_1_a_does_not_apply_and_a_public_one_that_it_does():
    private = " ".join(decide_in_english(False, True, False, True, Hoster.ORGANISATION, PRIVATE).reasons)
    assert "Ersatzschule" in private and "Art. 37(1)(a) GDPR does not apply" in private and "§ 38 BDSG" in private
    public = " ".join(decide_in_english(False, True, False, True, Hoster.ORGANISATION, PUBLIC).reasons)
    assert "must designate a data-protection officer (Art. 37(1)(a) GDPR)" in public


@pytest.mark.parametrize(
    ("body", "phrases"), [(Body.CATHOLIC, ("KDG", "§ 29 KDG")), (Body.PROTESTANT, ("§ 30 DSG-EKD",))]
)
def test_a_church_sponsor_is_told_which_church_law_replaces_the_gdpr(body, phrases):
    reasons = " ".join(decide_in_english(False, True, False, True, Hoster.ORGANISATION, body).reasons)
    assert "instead of the GDPR (Art. 91 GDPR)" in reasons
    assert all(phrase in reasons for phrase in phrases)


def test_an_outside_helper_with_access_needs_an_avv_with_the_items_of_art_28_3():
    outcome = decide_in_english(False, True, False, True, Hoster.ORGANISATION)
    assert any("Art. 28(3)" in reason for reason in outcome.reasons)
    assert any("Art. 30(2)" in reason for reason in outcome.reasons)


def test_a_member_needs_a_confidentiality_undertaking_under_art_29_and_32_4_writing_recommended():
    reasons = " ".join(decide_in_english(False, True, True, True, Hoster.ORGANISATION).reasons)
    assert "Art. 29" in reasons and "Art. 32(4)" in reasons
    assert "does not require writing" in reasons and "Art. 5(2)" in reasons


def test_the_hoster_signed_by_the_helper_is_a_sub_processor_needing_prior_authorisation():
    reasons = " ".join(decide_in_english(False, True, False, True, Hoster.HELPER).reasons)
    assert "Art. 28(2) and (4)" in reasons
    assert "the organisation signs the hoster's contract" in reasons


def test_no_access_must_be_really_none_and_says_so():
    reasons = " ".join(decide_in_english(False, True, False, False, Hoster.ORGANISATION).reasons)
    assert "LfD Niedersachsen" in reasons
    assert "confidentiality undertaking is still recommended" in reasons


def test_a_household_going_beyond_private_life_is_told_why_the_exemption_does_not_apply():
    reasons = decide_in_english(True, True, True, True, Hoster.NONE, Body.NONE).reasons
    assert "household exemption does not apply" in reasons[0] and "Lindqvist" in reasons[0]


# The view: a public GET form, the result on the same page.

ANSWERS = {
    "body": "private",
    "household": "no",
    "beyond_household": "yes",
    "member": "no",
    "access": "yes",
    "hoster": "organisation",
}


def url() -> str:
    return reverse("compliance:role_finder")


def test_the_role_finder_shows_the_questions_without_a_result(client, db):
    response = client.get(url())
    html = response.content.decode()
    assert response.status_code == 200
    assert 'method="get"' in html and 'name="hoster"' in html
    assert 'id="outcome-heading"' not in html
    assert 'class="form-errors"' not in html


def test_the_role_finder_answers_on_the_same_page(client, db):
    response = client.get(url(), ANSWERS)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="outcome-heading"' in html
    with translation.override("de"):
        assert gettext("An AVV (data processing agreement) is needed") in html
        # The reason citing Art. 28(3), in German.
        assert (
            escape(
                gettext(
                    "So a data processing agreement (AVV) with all items of Art. 28(3) GDPR is needed before the "
                    "helper starts."
                )
            )
            in html
        )
    # The answers stay selected so they can be changed.
    assert 'value="organisation" id="id_hoster_0" required checked' in html


def test_the_role_finder_shows_the_household_outcome_for_a_wg(client, db):
    answers = {**ANSWERS, "household": "yes", "beyond_household": "no", "member": "yes", "hoster": "none"}
    html = client.get(url(), answers).content.decode()
    with translation.override("de"):
        assert gettext("Nothing is legally required: the household exemption applies") in html
        assert gettext("No documents are legally required.") in html


@pytest.mark.parametrize(
    "answers",
    [
        pytest.param({k: v for k, v in ANSWERS.items() if k != "member"}, id="missing-answer"),
        pytest.param({**ANSWERS, "access": "maybe"}, id="not-a-choice"),
        pytest.param({**ANSWERS, "hoster": "cousin"}, id="unknown-hoster"),
    ],
)
def test_missing_or_invalid_answers_show_errors_and_no_result(client, db, answers):
    response = client.get(url(), answers)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="form-errors"' in html
    assert 'id="outcome-heading"' not in html


def test_a_missing_answer_is_named_at_its_question(client, db):
    answers = {k: v for k, v in ANSWERS.items() if k != "member"}
    html = client.get(url(), answers).content.decode()
    with translation.override("de"):
        assert gettext("Please answer this question.") in html


def test_the_role_finder_speaks_english_when_asked(client, db):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get(url(), ANSWERS)
    html = response.content.decode()
    assert response.headers["Content-Language"] == "en"
    assert "An AVV (data processing agreement) is needed" in html
    assert "processor (Auftragsverarbeiter)" in html
    assert "Art. 28(3)" in html
