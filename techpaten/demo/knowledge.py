"""The knowledge base of the demo: a dozen articles written for the platform, read from techpaten/demo/articles/.

Each file is Markdown with a small front matter between `---` lines (`key: value`, lists comma-separated): title,
summary, author (a demo account's e-mail), use_cases, solutions, requirements, sectors, skills (slugs and codes), tags
and votes (how many demo people found it helpful). Everything goes through the knowledge app's services, so each
article has its first revision, and one article shows an edit by a second volunteer in its history.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from techpaten.accounts.models import User
from techpaten.catalogue.models import Solution
from techpaten.compliance.models import Requirement
from techpaten.knowledge import services
from techpaten.knowledge.models import Article
from techpaten.taxonomy.models import Sector, Skill, UseCase

from . import people
from .builder import Demo

ARTICLES = Path(__file__).resolve().parent / "articles"
LIST_KEYS = ("use_cases", "solutions", "requirements", "sectors", "skills", "tags")
# The article whose history shows a second volunteer's edit: its last section is added in revision 2.
EDITED = "10-ruecksicherung-testen.md"
EDITOR = people.VOLUNTEER_EMAIL


@dataclass(frozen=True)
class ArticleText:
    name: str
    meta: dict[str, str]
    body: str

    def values(self, key: str) -> list[str]:
        return [value.strip() for value in self.meta.get(key, "").split(",") if value.strip()]


def read(path: Path) -> ArticleText:
    text = path.read_text(encoding="utf-8")
    _before, front, body = text.split("---\n", 2)
    meta = {}
    for line in front.strip().splitlines():
        key, _colon, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return ArticleText(path.name, meta, body.strip() + "\n")


def texts() -> list[ArticleText]:
    return [read(path) for path in sorted(ARTICLES.glob("*.md"))]


def build_knowledge(demo: Demo) -> None:
    voters = list(User.objects.filter(email__endswith=f"@{people.DEMO_DOMAIN}").order_by("pk")[:40])
    for text in texts():
        author = User.objects.get(email=text.meta["author"])
        body = text.body
        if text.name == EDITED:
            body = body[: body.rindex("\n## ")] + "\n"
        content = services.Content(
            title=text.meta["title"],
            summary=text.meta["summary"],
            body=body,
            note="",
            categories={
                "use_cases": UseCase.objects.filter(slug__in=text.values("use_cases")),
                "solutions": Solution.objects.filter(slug__in=text.values("solutions")),
                "requirements": Requirement.objects.filter(code__in=text.values("requirements")),
                "sectors": Sector.objects.filter(slug__in=text.values("sectors")),
                "skills": Skill.objects.filter(slug__in=text.values("skills")),
            },
            tags=services.parse_tags(text.meta.get("tags", "")),
        )
        article = services.publish_article(services.create_article(author, content), author)
        if text.name == EDITED:
            content.body, content.note = text.body, "Abschnitt zur Probe auf einem leeren Server ergänzt"
            services.edit_article(article, User.objects.get(email=EDITOR), content)
        for voter in [user for user in voters if user != author][: int(text.meta.get("votes", "0"))]:
            services.vote(article, voter, True)
    demo.counts["articles"] = Article.objects.count()
