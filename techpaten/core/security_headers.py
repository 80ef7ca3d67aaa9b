"""Response headers that Django's SecurityMiddleware and django-csp do not set.

- Cross-Origin-Resource-Policy: same-origin — other sites cannot embed our pages, images or files (Spectre-style
  leaks); we serve nothing meant for other origins.
- Permissions-Policy: the browser features a volunteer exchange never needs are switched off for us and for anything
  we might embed. Passkeys (publickey-credentials-*) stay allowed for our own origin: MFA uses WebAuthn.

Placed before SecurityMiddleware and WhiteNoise, so static files and the 400 page for a bad Host header get them too.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

# Features Chromium and Firefox know (an unknown name only earns a console warning, so we keep to known ones).
DENIED_FEATURES = (
    "accelerometer",
    "autoplay",
    "camera",
    "display-capture",
    "encrypted-media",
    "fullscreen",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "picture-in-picture",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
)
PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in DENIED_FEATURES)


def security_headers(get_response: Callable[[HttpRequest], HttpResponse]) -> Callable[[HttpRequest], HttpResponse]:
    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response

    return middleware
