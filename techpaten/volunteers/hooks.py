"""What the volunteers app asks the apps above it (techpaten/core/hooks.py)."""

from __future__ import annotations

from techpaten.core.hooks import Hook

# (viewer, profile) → may the viewer read the hidden profile? Offers answers: the members of an organisation the
# volunteer offered help to (in any state: they decided to show themselves to it).
hidden_profile_readers: Hook[bool] = Hook("Who besides the owner and staff may read a hidden volunteer profile?")
