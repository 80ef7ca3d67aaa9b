"""Questions an app asks that only the apps above it can answer (the other half of techpaten/core/sections.py).

A lower app declares a Hook where the question belongs and asks it (`answers`); each app above registers its
answer in its AppConfig.ready(). The lower app never names the apps above. Two questions exist: which needs a
volunteer can no longer offer on (needs asks for "needs for you", offers answers), and who else may read a hidden
volunteer profile (volunteers asks, offers answers: the organisations the volunteer offered help to).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

Answer = TypeVar("Answer")


class Hook(Generic[Answer]):
    def __init__(self, question: str) -> None:
        self.question = question
        self._answerers: dict[str, Callable[..., Answer]] = {}

    def answer(self, answerer: Callable[..., Answer]) -> Callable[..., Answer]:
        """Register the decorated function as an answer (once, however often ready() runs)."""
        self._answerers[f"{answerer.__module__}.{answerer.__qualname__}"] = answerer
        return answerer

    def answers(self, *args: Any, **kwargs: Any) -> list[Answer]:
        return [answerer(*args, **kwargs) for answerer in self._answerers.values()]

    def answerers(self) -> list[str]:
        return list(self._answerers)
