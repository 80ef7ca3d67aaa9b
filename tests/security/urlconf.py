"""The project's URL patterns, walked from the URLconf, and a fingerprint of the database to prove a request wrote
nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver

# Rows that requests may touch without changing anything a person owns: the session and the login time, and the
# log of generated documents (every print or download records its template version, RDG; see paperwork.services).
NOT_STATE = {"sessions.Session", "contenttypes.ContentType", "auth.Permission", "paperwork.GeneratedDocument"}
NOT_STATE_FIELDS = {"last_login", "last_used_at"}  # last_used_at: an API token's


@dataclass(frozen=True)
class Pattern:
    name: str | None  # "namespace:name", None for unnamed patterns
    route: str
    namespace: str
    params: tuple[str, ...]  # the names of the captured arguments


def url_patterns() -> list[Pattern]:
    found: list[Pattern] = []

    def walk(resolver: URLResolver, prefix: str, namespace: str) -> None:
        for entry in resolver.url_patterns:
            if isinstance(entry, URLResolver):
                inner = ":".join(filter(None, [namespace, entry.namespace or ""]))
                walk(entry, prefix + str(entry.pattern), inner)
            elif isinstance(entry, URLPattern):
                name = entry.name and (f"{namespace}:{entry.name}" if namespace else entry.name)
                params = tuple(getattr(entry.pattern, "converters", {})) or tuple(entry.pattern.regex.groupindex)
                found.append(Pattern(name, prefix + str(entry.pattern), namespace, params))

    walk(get_resolver(), "", "")
    return found


def project_url_names(excluded_namespaces: set[str]) -> list[str]:
    return sorted({p.name for p in url_patterns() if p.name and p.namespace not in excluded_namespaces})


def database_state() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every model (bar sessions and login times), to compare before and after a request."""
    state = {}
    for model in apps.get_models():
        label = model._meta.label
        if label in NOT_STATE or model._meta.proxy:
            continue
        fields = [f.attname for f in model._meta.concrete_fields if f.attname not in NOT_STATE_FIELDS]
        state[label] = list(model._default_manager.order_by("pk").values_list(*fields))
    return state


def changed_tables(before: dict[str, list[tuple[Any, ...]]], after: dict[str, list[tuple[Any, ...]]]) -> list[str]:
    return [label for label in before if before[label] != after[label]]
