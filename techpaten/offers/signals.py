"""What happens to offers that other apps may react to (techpaten/flows/ connects the reactions)."""

from __future__ import annotations

from django.dispatch import Signal

# An admin of the organisation accepted the offer (sent inside the transaction, with `offer` and `user`).
offer_accepted = Signal()
