from __future__ import annotations

from django_tasks import task

from . import outbox


@task()
def deliver_mail(mail_id: int) -> bool:
    return outbox.deliver(mail_id)
