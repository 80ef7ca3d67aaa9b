"""What happens to teams and engagements that other apps may react to (techpaten/flows/ connects the reactions)."""

from __future__ import annotations

from django.dispatch import Signal

# A member left the team (sent inside the transaction, with `departure` (services.Departure) and `user`, before the
# mails go out). A receiver returns {engagement pk: [needs listed again]} when nobody is left on the team, so the mails
# can say which needs are listed again.
member_left = Signal()
