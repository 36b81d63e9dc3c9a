"""Network meetings: agenda, registration, attendance, minutes, decisions."""
