"""`in` on an integer column, for numbers no such column can hold.

Django's own `exact`, `gt` and the rest answer "nothing" for such a number
(#27397); `in` sends it to the database, where SQLite raises OverflowError —
a 500 for a form posted with `topics=99999999999999999999` — and PostgreSQL
compares it as numeric, without the index. Here it is left out of the list:
it matches no row."""

import copy

from django.db.models import IntegerField
from django.db.models.lookups import In


@IntegerField.register_lookup
class IntegerFieldIn(In):
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            low, high = connection.ops.integer_field_range(
                self.lhs.output_field.get_internal_type()
            )

            def fits(value):
                return not isinstance(value, int) or (
                    (low is None or value >= low) and (high is None or value <= high)
                )

            kept = [value for value in self.rhs if fits(value)]
            if len(kept) != len(self.rhs):
                lookup = copy.copy(self)
                lookup.rhs = kept
                return In.process_rhs(lookup, compiler, connection)
        return super().process_rhs(compiler, connection)
