"""What happens to needs that other apps may react to (techpaten/flows/ connects the reactions)."""

from __future__ import annotations

from django.dispatch import Signal

# A member closed the need (sent inside the transaction, with `need` and `user`).
need_closed = Signal()
