"""Mail backends for the worker tests."""

from __future__ import annotations

import threading
import time
from typing import Any

from django.core.mail.backends.base import BaseEmailBackend


class SlowRecordingBackend(BaseEmailBackend):
    """Records every message sent, across threads; a short pause per message widens the window for races."""

    sent: list[Any] = []
    lock = threading.Lock()

    def send_messages(self, email_messages):  # type: ignore[no-untyped-def]
        for message in email_messages:
            time.sleep(0.02)
            with self.lock:
                SlowRecordingBackend.sent.append(message)
        return len(email_messages)


class WorkerKilled(BaseException):
    """Stands for the worker process being killed in the middle of an SMTP conversation."""


class DyingBackend(BaseEmailBackend):
    def send_messages(self, email_messages):  # type: ignore[no-untyped-def]
        raise WorkerKilled
