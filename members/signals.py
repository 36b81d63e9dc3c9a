"""What happens in the registry, announced for the apps above to act on.

Each is sent with `request` and the object it is about; a receiver that
tells people returns the e-mail addresses of those who want to hear of it by
mail, and the sender mails them its own message."""

from django.dispatch import Signal

# An application to join waits for a coordinator's decision (`application`).
application_waits = Signal()


def addresses(responses):
    """The e-mail addresses the receivers returned, each once."""
    return list(dict.fromkeys(a for _receiver, found in responses for a in found or ()))
