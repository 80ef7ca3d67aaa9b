from __future__ import annotations

from django import template
from django.utils.translation import gettext as _

from techpaten.catalogue.models import Solution
from techpaten.core.money import euros

register = template.Library()


@register.filter
def monthly_cost(solution: Solution) -> str:
    """The typical monthly cost of running the solution: a range, one amount, or none."""
    low, high = solution.cost_min_cents, solution.cost_max_cents
    if not low and not high:
        return _("no running costs")
    if high <= low:
        return _("about %(amount)s per month") % {"amount": euros(low)}
    return _("%(low)s to %(high)s per month") % {"low": euros(low), "high": euros(high)}


# Switch values as configuration files spell them (Nextcloud "yes", config.php and .env "true"): the same three
# pairs, whatever the software, read as a word of the page's language.
_SWITCHES = {"yes": True, "true": True, "on": True, "no": False, "false": False, "off": False}


@register.filter
def switch_word(value: str) -> str:
    """A baseline value like "yes", "False" or "off" as a translated "yes"/"no"; any other value gives ""."""
    state = _SWITCHES.get(str(value).strip().lower())
    if state is None:
        return ""
    return _("yes") if state else _("no")
