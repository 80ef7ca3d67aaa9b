from __future__ import annotations

from decimal import Decimal
from typing import Any, cast

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from techpaten.core.form_fields import NameField
from techpaten.core.money import EuroField, euros
from techpaten.inventory.models import Service
from techpaten.organisations.models import Organisation

from . import arithmetic
from .models import CostItem

HONEYPOT = "website"
TWO_PLACES = _("Please enter at most two digits after the decimal point.")


class CostItemForm(forms.ModelForm[CostItem]):
    amount = EuroField(
        label=_("Amount (€)"),
        help_text=_("As on the invoice; choose below whether it is paid per month or per year."),
        min_value=Decimal("0.01"),
        max_value=Decimal("1000000"),
        max_digits=9,
        error_messages={
            "invalid": _("Please enter an amount in euros, for example 5 or 12.50."),
            "min_value": _("Please enter an amount of at least 0.01 €."),
            "max_value": _("Please enter at most 1,000,000 €."),
            "max_digits": _("Please enter at most 1,000,000 €."),
            "max_whole_digits": _("Please enter at most 1,000,000 €."),
            "max_decimal_places": TWO_PLACES,
        },
    )

    class Meta:
        model = CostItem
        fields = ["kind", "description", "provider", "amount", "period", "services", "covered_by", "sponsor_name"]
        widgets = {"services": forms.CheckboxSelectMultiple}
        field_classes = {"provider": NameField, "sponsor_name": NameField}
        help_texts = {
            "description": _("e.g. “VPS 4 GB for Nextcloud”. Shown on the organisation's public cost page."),
            "services": _("The services from the inventory this item pays for."),
            "sponsor_name": _("Only when a sponsor covers it; shown publicly."),
        }

    def __init__(
        self,
        *args: Any,
        services: QuerySet[Service],
        candidates: list[Organisation],
        weights: dict[int, int] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["amount"].initial = self.instance.amount_cents
            self.fields["is_active"] = forms.BooleanField(
                label=_("still running (untick when the contract has ended)"),
                required=False,
                initial=self.instance.is_active,
            )
        if services.exists():
            cast("forms.ModelMultipleChoiceField[Any]", self.fields["services"]).queryset = services
        else:  # an empty inventory: no empty box of checkboxes
            del self.fields["services"]
        self.holder = candidates[0]
        self.share_fields: list[tuple[Organisation, str]] = []
        if len(candidates) > 1:  # only a team serving several organisations can share an item
            weights = weights or {}
            for organisation in candidates:
                name = f"share_{organisation.pk}"
                self.fields[name] = forms.IntegerField(
                    label=organisation.name,
                    min_value=0,
                    max_value=100,
                    required=False,
                    initial=weights.get(organisation.pk, 1 if organisation == self.holder else 0),
                    help_text=_("Holds the contract.") if organisation == self.holder else "",
                    error_messages={
                        "invalid": _("Please enter a whole number from 0 to 100."),
                        "min_value": _("Please enter a whole number from 0 to 100."),
                        "max_value": _("Please enter a whole number from 0 to 100."),
                    },
                )
                self.share_fields.append((organisation, name))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("covered_by") == CostItem.CoveredBy.SPONSOR and not cleaned.get("sponsor_name", "").strip():
            self.add_error("sponsor_name", _("Please name the sponsor."))
        weights = self.weights()
        holder_field = f"share_{self.holder.pk}"
        if any(w for org_id, w in weights.items() if org_id != self.holder.pk) and not weights.get(self.holder.pk):
            self.add_error(holder_field, _("The organisation holding the contract pays a share too (at least 1)."))
        return cleaned

    def weights(self) -> dict[int, int]:
        """Organisation id → weight as entered (0 or empty: no share)."""
        cleaned = getattr(self, "cleaned_data", {})
        return {org.pk: int(cleaned.get(name) or 0) for org, name in self.share_fields}

    def save(self, commit: bool = True) -> CostItem:
        item = super().save(commit=False)
        item.amount_cents = self.cleaned_data["amount"]
        if "is_active" in self.fields:
            item.is_active = bool(self.cleaned_data.get("is_active"))
        if commit:
            raise NotImplementedError("saved through services.save_item")
        return item

    def share_inputs(self) -> list[forms.BoundField]:
        return [self[name] for _organisation, name in self.share_fields]

    def visible_fields(self) -> list[forms.BoundField]:
        """The share weights are rendered apart, in their own fieldset."""
        shares = {name for _organisation, name in self.share_fields}
        return [field for field in super().visible_fields() if field.name not in shares]


class CostItemChoiceField(forms.ModelChoiceField[Any]):
    def label_from_instance(self, obj: Any) -> str:
        return gettext("%(what)s (%(amount)s per month)") % {
            "what": obj.description,
            "amount": euros(arithmetic.monthly_cents(obj)),
        }


class PledgeForm(forms.Form):
    cost_item = CostItemChoiceField(
        queryset=CostItem.objects.none(),
        label=_("For which cost?"),
        empty_label=None,
        error_messages={"invalid_choice": _("Please choose one of the costs listed.")},
    )
    amount = EuroField(
        label=_("Amount per month (€)"),
        help_text=_("From 1 € to 10,000 € per month."),
        min_value=Decimal("1"),
        max_value=Decimal("10000"),
        max_digits=7,
        error_messages={
            "invalid": _("Please enter an amount in euros, for example 5 or 12.50."),
            "min_value": _("Please pledge at least 1 € per month."),
            "max_value": _("Please pledge at most 10,000 € per month."),
            "max_digits": _("Please pledge at most 10,000 € per month."),
            "max_whole_digits": _("Please pledge at most 10,000 € per month."),
            "max_decimal_places": TWO_PLACES,
        },
    )
    name = NameField(label=_("Your name"), max_length=120, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(
        label=_("Your e-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("Only the organisation's admins see it, to arrange the payment with you."),
    )
    show_name = forms.BooleanField(label=_("Show my name publicly among the supporters"), required=False)
    # A field people do not see (hidden by CSS and from screen readers); bots that fill every field fill it.
    website = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)

    def __init__(self, *args: Any, items: QuerySet[CostItem], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast("forms.ModelChoiceField[Any]", self.fields["cost_item"]).queryset = items
        self.fields[HONEYPOT].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get(HONEYPOT, "").strip()) if hasattr(self.data, "get") else False

    @property
    def amount_cents(self) -> int:
        return int(self.cleaned_data["amount"])

    def honeypot(self) -> forms.BoundField:
        return self[HONEYPOT]

    def visible_fields(self) -> list[forms.BoundField]:
        """The honeypot is rendered apart, hidden."""
        return [field for field in super().visible_fields() if field.name != HONEYPOT]
