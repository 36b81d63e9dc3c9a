"""What happens to causes, announced for the apps above to act on (see
`members.signals`)."""

from django.dispatch import Signal

# Reports have hidden a comment until a coordinator decides (`comment`).
comment_hidden = Signal()
