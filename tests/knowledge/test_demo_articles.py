"""The demo's articles: real texts in German, each with its categories resolving to existing rows."""

from __future__ import annotations

import pytest

from techpaten.catalogue.models import Solution
from techpaten.compliance.models import Requirement
from techpaten.core.markdown import render_article
from techpaten.demo import knowledge, people
from techpaten.taxonomy.models import Sector, Skill, UseCase

TEXTS = knowledge.texts()


def test_there_are_a_dozen_articles():
    assert len(TEXTS) == 12
    assert len({text.meta["title"] for text in TEXTS}) == 12


@pytest.mark.parametrize("text", TEXTS, ids=[text.name for text in TEXTS])
def test_each_article_is_several_paragraphs_with_headings(text):
    assert len(text.body.split()) >= 180
    assert text.body.count("\n\n") >= 8  # several paragraphs, lists and code blocks
    assert len(render_article(text.body).headings) >= 3
    assert text.meta["author"].endswith(f"@{people.DEMO_DOMAIN}")
    assert len(text.meta["summary"]) <= 400 and len(text.meta["title"]) <= 160


@pytest.mark.django_db
@pytest.mark.parametrize("text", TEXTS, ids=[text.name for text in TEXTS])
def test_each_category_names_an_existing_row(text):
    for key, model, field in (
        ("use_cases", UseCase, "slug"),
        ("sectors", Sector, "slug"),
        ("skills", Skill, "slug"),
        ("requirements", Requirement, "code"),
        ("solutions", Solution, "slug"),
    ):
        wanted = set(text.values(key))
        found = set(model.objects.filter(**{f"{field}__in": wanted}).values_list(field, flat=True))
        assert wanted == found, (key, wanted - found)
