"""Machine-readable service lists (in the spirit of CHATONS' ChatonsInfos properties files)."""

from __future__ import annotations

from ninja import Router

router = Router(tags=["services"])
