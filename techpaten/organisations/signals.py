"""What happens to organisations that other apps may react to (techpaten/flows/ connects the reactions)."""

from __future__ import annotations

from django.dispatch import Signal

# An admin renamed the organisation (sent inside the transaction, with `organisation`).
organisation_renamed = Signal()
