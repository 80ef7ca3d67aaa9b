"""`field__in=[…]` on integer fields ignores numbers the database cannot hold, as `field=…` already does.

Django 5.2 drops out-of-range numbers for the exact and comparison lookups of integer fields (IntegerFieldOverflow),
but not for `in`: a ModelMultipleChoiceField sent "99999999999999999999" crashed with OverflowError (a 500 on SQLite)
instead of answering "not one of the available choices". Found by tests/security/test_fuzz.py. Registered on
IntegerField, so it also covers AutoField and BigAutoField primary keys; imported by CoreConfig.ready().
"""

from __future__ import annotations

import copy
from typing import Any

from django.db.models import IntegerField, lookups


@IntegerField.register_lookup
class IntegerFieldIn(lookups.In[Any]):
    def as_sql(self, compiler: Any, connection: Any) -> Any:
        if not self.rhs_is_direct_value():
            return super().as_sql(compiler, connection)
        low, high = connection.ops.integer_field_range(self.lhs.output_field.get_internal_type())
        within = copy.copy(self)
        within.rhs = [
            value
            for value in self.rhs
            if not isinstance(value, int) or ((low is None or value >= low) and (high is None or value <= high))
        ]
        return super(IntegerFieldIn, within).as_sql(compiler, connection)
