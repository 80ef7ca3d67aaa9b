from __future__ import annotations

from typing import Any

import pytest

from techpaten.accounts.models import User
from techpaten.knowledge import services
from techpaten.knowledge.models import Article
from tests import factories

BODY = """# Warum

Ein Backup, das nie zurückgespielt wurde, ist nur eine Hoffnung.

## Schritte

```bash
restic -r /srv/backup snapshots
```

Mehr steht auf [restic.net](https://restic.net/).
"""


def write_article(author: User, *, publish: bool = True, **overrides: Any) -> Article:
    content = services.Content(
        title=overrides.pop("title", "Backups mit restic prüfen"),
        summary=overrides.pop("summary", "Wie ein Verein seine Sicherung einmal im Monat testet."),
        body=overrides.pop("body", BODY),
        note="",
        categories=overrides.pop("categories", {}),
        tags=overrides.pop("tags", ["backup"]),
    )
    article = services.create_article(author, content)
    if publish:
        article = services.publish_article(article, author)
    return article


@pytest.fixture
def other_volunteer(db) -> User:
    user = factories.make_user("olga.other@example.org", name="Olga Other")
    factories.make_volunteer_profile(user, plz="10115", display_name="Olga")
    return user


@pytest.fixture
def draft(volunteer) -> Article:
    return write_article(volunteer, publish=False, title="Entwurf über Updates")


@pytest.fixture
def article(volunteer) -> Article:
    return write_article(volunteer)
