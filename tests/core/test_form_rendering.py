"""core.form_rendering: every widget of every form renders exactly as Django's own templates render it."""

from __future__ import annotations

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates

from techpaten.core.form_rendering import FastWidgetRenderer
from techpaten.needs.forms import NeedForm, NeedSearchForm

pytestmark = pytest.mark.django_db


class Everything(forms.Form):
    text = forms.CharField(required=False, help_text="<b>Hilfe</b>", initial='a "quoted" <value> & more')
    number = forms.DecimalField(min_value=0, max_value=10, decimal_places=1, initial=1.5)
    email = forms.EmailField(widget=forms.EmailInput(attrs={"autocomplete": "email", "data-x": True}))
    password = forms.CharField(widget=forms.PasswordInput(render_value=True), initial="s3cret<>")
    hidden = forms.CharField(widget=forms.HiddenInput, initial=0)
    flag = forms.BooleanField(required=False, initial=True)
    off = forms.BooleanField(required=False, initial=False)
    choice = forms.ChoiceField(choices=[("", "—"), ("a", "A & B"), ("b", '"B"')], initial="a")
    grouped = forms.ChoiceField(choices=[("Gruppe <1>", [("x", "X"), ("y", "Y")]), ("z", "Z")], initial="y")
    many = forms.MultipleChoiceField(choices=[("1", "eins"), ("2", "zwei")], initial=["1", "2"])
    text_area = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), initial="Zeile 1\n<Zeile 2>")
    empty_area = forms.CharField(widget=forms.Textarea, required=False)
    date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), required=False)


def render_all(form: forms.Form) -> list[str]:
    return [str(form[name]) for name in form.fields]


@pytest.mark.parametrize(
    "make",
    [
        lambda renderer: Everything(renderer=renderer),
        lambda renderer: Everything({"text": "<script>", "number": "x", "choice": "nope"}, renderer=renderer),
        lambda renderer: NeedSearchForm({"q": "Fotos & <mehr>", "plz": "1011", "radius": "30"}, renderer=renderer),
        lambda renderer: NeedForm(renderer=renderer),
    ],
)
def test_fast_rendering_is_identical_to_djangos_templates(make):
    fast, django = make(FastWidgetRenderer()), make(DjangoTemplates())
    fast.is_bound and fast.is_valid()
    django.is_bound and django.is_valid()
    assert render_all(fast) == render_all(django)


def test_the_project_uses_the_fast_renderer(settings):
    assert settings.FORM_RENDERER == "techpaten.core.form_rendering.FastWidgetRenderer"
