"""One-click unsubscribe from a kind of mail, without logging in: the signed token in the link is the permission.

GET shows what the link switches off and a button; POST switches it off. Mail programs POST the
List-Unsubscribe URL themselves with `List-Unsubscribe=One-Click` (RFC 8058) and carry no CSRF token, so the
view is exempt: a forged POST could only switch off, for the person the token names, the kind it names.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from . import preferences


@require_http_methods(["GET", "POST"])
@csrf_exempt  # RFC 8058: the mail program posts without a page, so without a CSRF token; the signed token decides
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    try:
        user_id, kind = preferences.read_token(token)
    except preferences.BadToken:
        return render(request, "unsubscribe/invalid.html", status=400)
    if not get_user_model().objects.filter(pk=user_id, is_active=True).exists():
        return render(request, "unsubscribe/invalid.html", status=400)
    if request.method == "POST":
        preferences.unsubscribe(user_id, kind)
        return render(request, "unsubscribe/done.html", {"kind": kind})
    return render(request, "unsubscribe/confirm.html", {"kind": kind})
