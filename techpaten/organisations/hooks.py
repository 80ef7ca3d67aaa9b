"""What the organisations app asks the apps above it (techpaten/core/hooks.py)."""

from __future__ import annotations

from techpaten.core.hooks import Hook

# (user) → is this a trusted volunteer, who may vouch for an informal group? Engagements answers: a volunteer who
# was on the team of at least one ended engagement (organisations.verification.is_trusted_volunteer adds staff).
trusted_volunteer: Hook[bool] = Hook("May this volunteer vouch for an informal group?")
