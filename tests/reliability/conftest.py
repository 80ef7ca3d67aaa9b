from __future__ import annotations

from collections.abc import Iterator

import pytest

from .smtp import SmtpServer


@pytest.fixture
def smtp_server(settings) -> Iterator[SmtpServer]:
    """Django sends through real SMTP to 127.0.0.1:<free port>; the test starts (and may stop) the server there."""
    server = SmtpServer()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.stop()
