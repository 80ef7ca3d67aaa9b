"""Fast inserts for large data sets: COPY on PostgreSQL, executemany elsewhere.

`bulk_create` stamps `auto_now(_add)` fields with the present and builds an INSERT per batch; the benchmark needs
history (needs published over a year) and a million rows in minutes. Rows are model instances with their primary keys
assigned up front (`Ids`), so related rows can point at them without reading anything back. Every concrete column is
written from the instance (Python defaults included); generated columns are left to the database, and triggers fire
as on any INSERT.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.core.management.color import no_style
from django.db import connection
from django.db.models import Max, Model


class Ids:
    """Primary keys handed out in order, after the highest one already in the table."""

    def __init__(self, model: type[Model]) -> None:
        self.model = model
        self.next = (model._default_manager.aggregate(top=Max("pk"))["top"] or 0) + 1

    def take(self) -> int:
        value = self.next
        self.next += 1
        return value


def _columns(model: type[Model]) -> list[Any]:
    return [field for field in model._meta.concrete_fields if not getattr(field, "generated", False)]


def insert(model: type[Model], objects: Sequence[Model]) -> int:
    """Write `objects` (primary keys set) as they are; returns how many rows were written."""
    if not objects:
        return 0
    fields = _columns(model)
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    rows = ([field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields] for obj in objects)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(fields))
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(rows))  # noqa: S608
    return len(objects)


def reset_sequences(models: Iterable[type[Model]]) -> None:
    """After explicit primary keys, PostgreSQL's sequences must move past them (SQLite follows by itself)."""
    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
