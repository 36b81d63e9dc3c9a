"""The ЕИК check digits, tested with the vectors of DOMAIN.md."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from members.eik import is_valid_eik, validate_eik

VALID = [
    "203445228",
    "202322728",
    "835014925",
    "202342638",
    "175074752",
    "1213961230342",
]
INVALID = ["000111222", "0001112223333", "175074751"]


@pytest.mark.parametrize("eik", VALID)
def test_valid_eik_passes(eik):
    assert is_valid_eik(eik)
    validate_eik(eik)


@pytest.mark.parametrize("eik", INVALID)
def test_eik_with_a_wrong_check_digit_is_refused(eik):
    assert not is_valid_eik(eik)
    with pytest.raises(ValidationError) as error:
        validate_eik(eik)
    assert error.value.code == "eik_check_digit"


@pytest.mark.parametrize(
    "eik", ["12345678", "1234567890", "20344522", "12345678901234"]
)
def test_eik_of_the_wrong_length_is_refused(eik):
    with pytest.raises(ValidationError) as error:
        validate_eik(eik)
    assert error.value.code == "eik_length"


@pytest.mark.parametrize("eik", ["20344522A", "203 445 228", "２０３４４５２２８"])
def test_eik_with_other_characters_than_digits_is_refused(eik):
    with pytest.raises(ValidationError) as error:
        validate_eik(eik)
    assert error.value.code == "eik_not_digits"


def test_error_message_names_the_eik_in_bulgarian():
    with translation.override("bg"), pytest.raises(ValidationError) as error:
        validate_eik("175074751")

    assert "ЕИК" in error.value.messages[0]
    assert "175074751" in error.value.messages[0]
    assert "not valid" not in error.value.messages[0]
