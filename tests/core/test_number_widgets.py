"""Every number field's widget takes in the browser what the field takes on the server (issue 12: min 0.1 with step
0.5 let the browser accept only 0.1, 0.6, 1.1 … hours, so a whole hour was refused before it was sent).

The browser accepts a value when (value - min) is a multiple of step (HTML, "step base"); without a step attribute
the step is 1. So: the step is "any", or whole numbers are reachable from min (min and 1 are multiples of the step),
and a decimal field's step is its own precision (10^-decimal_places), so that no value the server takes is refused.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django import forms

from techpaten.engagements.forms import HoursForm, PaidWorkForm

from .test_form_fields import project_forms

NUMBER_FIELDS = [
    (f"{form.__module__}.{form.__name__}.{name}", field)
    for form in project_forms()
    for name, field in form.base_fields.items()
    if isinstance(field.widget, forms.NumberInput)
]


def test_the_walk_finds_the_number_fields_of_every_app():
    labels = {label for label, _field in NUMBER_FIELDS}
    assert {"techpaten.engagements.forms.PaidWorkForm.hours", "techpaten.engagements.forms.HoursForm.hours"} <= labels
    assert {label.split(".")[1] for label in labels} >= {"engagements", "offers", "needs"}


@pytest.mark.parametrize(("label", "field"), NUMBER_FIELDS, ids=[label for label, _field in NUMBER_FIELDS])
def test_every_number_widget_reaches_its_min_and_whole_numbers_by_its_step(label, field):
    attrs = field.widget.attrs
    step = str(attrs.get("step", "1"))
    if step == "any":
        return
    step_size = Decimal(step)
    assert step_size > 0
    minimum = Decimal(str(attrs.get("min", 0)))
    assert minimum % step_size == 0, f"{label}: min {minimum} is not a multiple of step {step_size}"
    assert Decimal(1) % step_size == 0, f"{label}: step {step_size} does not reach whole numbers"
    if isinstance(field, forms.DecimalField) and field.decimal_places is not None:
        precision = Decimal(1).scaleb(-field.decimal_places)
        assert step_size == precision, f"{label}: the server takes steps of {precision}, the browser {step_size}"


@pytest.mark.parametrize("form_class", [PaidWorkForm, HoursForm])
@pytest.mark.parametrize("hours", ["2", "2.5", "1.3"])
def test_the_hours_fields_take_whole_and_tenth_hours_on_the_server(form_class, hours):
    assert form_class.base_fields["hours"].clean(hours) == Decimal(hours)
