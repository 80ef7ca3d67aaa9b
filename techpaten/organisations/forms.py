from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from techpaten.core.form_fields import NameField
from techpaten.places.forms import PlzField

from .models import Membership, Organisation

# Who sees the contact details: engagements.access.may_see_contact.
CONTACT_HELP = _(
    "Shown only to your members and to the volunteers on your team, from accepting their offer until they leave."
)


class OrganisationForm(forms.ModelForm[Organisation]):
    plz = PlzField()

    class Meta:
        model = Organisation
        fields = [
            "name",
            "sector",
            "is_formal",
            "sponsor_kind",
            "description",
            "plz",
            "town",
            "contact_email",
            "contact_phone",
            "contact_address",
        ]
        field_classes = {"name": NameField, "town": NameField}
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "contact_address": forms.Textarea(attrs={"rows": 3}),
            "contact_phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "work tel"}),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "work email"}),
        }
        help_texts = {
            "name": _("As people know you, e.g. “Kita Sonnenschein” or “WG Lindenstraße 4”."),
            "description": _("Who you are and what you do, in a few sentences. Everyone can read this."),
            "town": _("Shown publicly together with the postcode."),
            "contact_email": CONTACT_HELP,
            "contact_phone": CONTACT_HELP,
            "contact_address": CONTACT_HELP,
        }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["sector"].empty_label = _("Please choose")  # type: ignore[attr-defined]
        self.fields["name"].widget.attrs["autocomplete"] = "organization"


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        # Somebody else's address: the browser must not offer the admin's own (WCAG 1.3.5 covers one's own data).
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=Membership.Role.choices,
        initial=Membership.Role.MEMBER,
        help_text=_("Admins can edit the organisation, manage members and accept offers."),
    )
