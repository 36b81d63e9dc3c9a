"""The ЕИК (UIC, formerly BULSTAT): 9 digits for an entity, 13 for a branch,
each ending in a check digit (the Registry Agency's rules, see DOMAIN.md)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def _check_digit(digits, weights, second_weights):
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    if total == 10:
        total = sum(int(d) * w for d, w in zip(digits, second_weights, strict=True))
        total %= 11
    return 0 if total == 10 else total


def is_valid_eik(value):
    """True if value is a 9- or 13-digit ЕИК whose check digits are right."""
    if not isinstance(value, str) or not value.isascii() or not value.isdigit():
        return False
    if len(value) not in (9, 13):
        return False
    if _check_digit(value[:8], range(1, 9), range(3, 11)) != int(value[8]):
        return False
    if len(value) == 13:
        check = _check_digit(value[8:12], (2, 7, 3, 5), (4, 9, 5, 7))
        return check == int(value[12])
    return True


def validate_eik(value):
    """Refuse a malformed ЕИК with a message that says what is wrong."""
    if not value.isascii() or not value.isdigit():
        raise ValidationError(
            _("The ЕИК (UIC) must contain digits only."), code="eik_not_digits"
        )
    if len(value) not in (9, 13):
        raise ValidationError(
            _("The ЕИК (UIC) has 9 digits (13 for a branch); this one has %(count)d."),
            code="eik_length",
            params={"count": len(value)},
        )
    if not is_valid_eik(value):
        raise ValidationError(
            _(
                "The ЕИК (UIC) %(eik)s is not valid: its check digit does not "
                "match. Please check it in the Commercial Register and Register of "
                "Non-Profit Legal Entities."
            ),
            code="eik_check_digit",
            params={"eik": value},
        )
