"""Bulgarian dates and times as the glossary writes them: 26 ноември 2026 г.,
14:30 ч. A sentence that ends with one ends with the abbreviation's period
(its translation leaves out its own)."""

DATE_FORMAT = "j F Y г."
DATETIME_FORMAT = "j F Y г., H:i ч."
TIME_FORMAT = "H:i ч."
YEAR_MONTH_FORMAT = "F Y г."
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
# What people type in the admin's date fields; the ISO form that date pickers
# send is accepted too.
DATE_INPUT_FORMATS = ["%d.%m.%Y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = [
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
]
