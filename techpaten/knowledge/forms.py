from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from techpaten.catalogue.models import Solution
from techpaten.compliance.models import Requirement
from techpaten.core.form_fields import validate_visible_text
from techpaten.taxonomy.models import Sector, Skill, UseCase

from . import services
from .models import BODY_MAX_LENGTH, NOTE_MAX_LENGTH, SUMMARY_MAX_LENGTH, TITLE_MAX_LENGTH, Tag

CATEGORY_FIELDS = ("use_cases", "solutions", "requirements", "sectors", "skills")


def _checkboxes(queryset: Any, label: Any, help_text: Any = "") -> forms.ModelMultipleChoiceField[Any]:
    return forms.ModelMultipleChoiceField(
        queryset=queryset, required=False, label=label, help_text=help_text, widget=forms.CheckboxSelectMultiple
    )


class ArticleForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=TITLE_MAX_LENGTH, validators=[validate_visible_text])
    summary = forms.CharField(
        label=_("Summary"),
        max_length=SUMMARY_MAX_LENGTH,
        help_text=_("One or two sentences: who the article is for and what it helps with."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    body = forms.CharField(
        label=_("Text"),
        max_length=BODY_MAX_LENGTH,
        help_text=_(
            "Markdown: # for headings, **bold**, - for lists, [text](https://…) for links, ``` around commands. "
            "Images are shown as links, never loaded."
        ),
        widget=forms.Textarea(attrs={"rows": 20}),
    )
    note = forms.CharField(
        label=_("What did you change?"),
        max_length=NOTE_MAX_LENGTH,
        required=False,
        help_text=_("A short note for the history, e.g. “restic 0.17: new flag”. Needed when you change the text."),
    )
    use_cases = _checkboxes(UseCase.objects.all(), _("Use cases"))
    solutions = _checkboxes(Solution.objects.order_by("position", "name"), _("Solutions from the catalogue"))
    requirements = forms.ModelMultipleChoiceField(
        queryset=Requirement.objects.order_by("position", "code"),
        required=False,
        label=_("Data-protection requirements"),
        help_text=_("Hold Ctrl (or ⌘) to choose several."),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    sectors = _checkboxes(Sector.objects.all(), _("Sectors"))
    skills = _checkboxes(Skill.objects.all(), _("Skills"))
    tags = forms.CharField(
        label=_("Tags"),
        required=False,
        max_length=500,
        help_text=_("Keywords separated by commas, e.g. backup, restic"),
    )

    def __init__(self, *args: Any, new: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if new:
            del self.fields["note"]

    def clean_tags(self) -> list[str]:
        try:
            return services.parse_tags(self.cleaned_data.get("tags", ""))
        except ValidationError as error:
            raise ValidationError(error.messages) from error

    def content(self) -> services.Content:
        data = self.cleaned_data
        return services.Content(
            title=data["title"],
            summary=data["summary"],
            body=data["body"],
            note=data.get("note", ""),
            categories={name: data[name] for name in CATEGORY_FIELDS},
            tags=data["tags"],
        )

    @staticmethod
    def initial_for(article: Any) -> dict[str, Any]:
        initial: dict[str, Any] = {"title": article.title, "summary": article.summary, "body": article.body}
        for name in CATEGORY_FIELDS:
            initial[name] = list(getattr(article, name).all())
        initial["tags"] = ", ".join(article.tags.values_list("name", flat=True))
        return initial


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search words"), required=False, max_length=200)
    use_case = forms.ModelChoiceField(
        queryset=UseCase.objects.all(), to_field_name="slug", required=False, label=_("Use case"), empty_label=_("any")
    )
    sector = forms.ModelChoiceField(
        queryset=Sector.objects.all(), to_field_name="slug", required=False, label=_("Sector"), empty_label=_("any")
    )
    tag = forms.ModelChoiceField(
        queryset=Tag.objects.all(),
        to_field_name="name",
        required=False,
        label=_("Tag"),
        empty_label=_("any"),
        widget=forms.HiddenInput,
    )


class VoteForm(forms.Form):
    helpful = forms.TypedChoiceField(
        label=_("Was this helpful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        error_messages={"required": _("Please answer yes or no."), "invalid_choice": _("Please answer yes or no.")},
    )


class CompareForm(forms.Form):
    """Two revision numbers; without them, the newest revision and the one before it."""

    old = forms.IntegerField(label=_("Older revision"), min_value=1, required=False)
    new = forms.IntegerField(label=_("Newer revision"), min_value=1, required=False)
