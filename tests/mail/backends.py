"""A mail backend whose server is always down."""

from __future__ import annotations

from smtplib import SMTPException

from django.core.mail.backends.base import BaseEmailBackend


class FailingBackend(BaseEmailBackend):
    def send_messages(self, email_messages):  # type: ignore[no-untyped-def]
        raise SMTPException("connection refused")
