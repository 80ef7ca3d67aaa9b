from __future__ import annotations

TEXT = "Vera hat unsere Nextcloud zuverlässig eingerichtet und alles gut erklärt."
REPLY = "Danke, die Zusammenarbeit mit der Kita hat viel Freude gemacht."
