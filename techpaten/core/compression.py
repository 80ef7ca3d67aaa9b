"""HTML compressed with gzip, with the BREACH attack in mind.

BREACH reads a secret out of compressed responses that also reflect what an attacker sends. Here:
- CSRF tokens are masked anew in every response (Django), so no token repeats for an attacker to guess at;
- Django's GZipMiddleware pads every compressed response with a random number of bytes ("Heal the Breach");
- pages under COMPRESSION_EXCLUDED_PATHS are never compressed: the account pages show one-time secrets (TOTP keys,
  recovery codes) next to what a person typed.
Static files are compressed ahead of time by WhiteNoise (gzip and brotli) and never reach this middleware.
A reverse proxy must not compress again (deploy/ switches gzip off for proxied pages).
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.middleware.gzip import GZipMiddleware


class CompressionMiddleware(GZipMiddleware):
    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        excluded = request.path.startswith(tuple(settings.COMPRESSION_EXCLUDED_PATHS))
        if excluded and not request.path.startswith(tuple(settings.COMPRESSION_ALLOWED_PATHS)):
            return response
        return super().process_response(request, response)
