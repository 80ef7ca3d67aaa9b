"""The API, version 1: one NinjaAPI, errors as problem details, the schema at /api/v1/openapi.json and the
browsable docs at /api/v1/docs from our own static files (django-ninja ships swagger-ui; no CDN, no validator)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Swagger
from ninja.errors import AuthenticationError, HttpError, ValidationError

from techpaten.core.rules import RuleViolation

from .auth import ReadOnlyToken
from .endpoints import me, public, services
from .forms_bridge import InvalidInput, rule_messages
from .problems import CONTENT_TYPE, problem

ERROR_STATUSES = ("400", "401", "403", "404", "405", "409", "413", "422", "429", "500", "503")


class TechpatenAPI(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix: str | None = None, path_params: Any = None) -> Any:
        """Errors are documented as `application/problem+json`; every operation may answer them (and GETs 304)."""
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        for methods in schema["paths"].values():
            for method, operation in methods.items():
                responses = operation["responses"] = {
                    str(status): value for status, value in operation["responses"].items()
                }
                for status, response in responses.items():
                    if status.startswith(("4", "5")) and "content" in response:
                        response["content"] = {CONTENT_TYPE: response["content"]["application/json"]}
                problem_ref = {"$ref": "#/components/schemas/Problem"}
                for status in ("405", "413", "500", "503"):
                    responses.setdefault(
                        status, {"description": status, "content": {CONTENT_TYPE: {"schema": problem_ref}}}
                    )
                if method == "get":
                    responses.setdefault("304", {"description": _not_modified()})
        return schema


def _not_modified() -> str:
    return "Not modified (If-None-Match matched the ETag)."


api = TechpatenAPI(
    title="Techpaten API",
    version="1",
    description=(
        "Open needs, organisations (public parts), the solution catalogue, requirement sets, the knowledge base's "
        "articles and statistics are public. Your own offers, conversations and your organisation's needs need a "
        "personal token (`Authorization: Bearer tp_…`), created in your account settings."
    ),
    urls_namespace="api",
    docs=Swagger(settings={"validatorUrl": None, "persistAuthorization": False}),
    docs_url="/docs",
)
api.add_router("", public.router)
api.add_router("/me", me.router)
api.add_router("", services.router)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem(404, _("There is nothing here, or it is not yours to see."))


@api.exception_handler(AuthenticationError)
def unauthenticated(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem(
        401, _("Send a valid personal API token: Authorization: Bearer tp_…"), WWW_Authenticate='Bearer realm="api"'
    )


@api.exception_handler(ReadOnlyToken)
def read_only(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem(403, _("This token may only read. Create a token with read and write access to change things."))


@api.exception_handler(PermissionDenied)
def denied(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem(403, _("Your role does not allow this."))


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return problem(exc.status_code, str(exc))


@api.exception_handler(ValidationError)
def invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {"field": ".".join(str(part) for part in error.get("loc", ())), "message": str(error.get("msg", ""))}
        for error in exc.errors
    ]
    return problem(422, _("Some of the input is not valid."), errors=errors)


@api.exception_handler(InvalidInput)
def invalid_input(request: HttpRequest, exc: InvalidInput) -> HttpResponse:
    return problem(422, _("Some of the input is not valid."), errors=exc.errors)


@api.exception_handler(RuleViolation)
def refused(request: HttpRequest, exc: RuleViolation) -> HttpResponse:
    return problem(409, rule_messages(exc))
