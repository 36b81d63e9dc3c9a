"""The editors' forms shared by activities and practices: the photos with
their alternative text, as a formset under the main form, and saving a
formset of uploads."""

from django import forms
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator

from infrastructure.bilingual import label_languages
from infrastructure.uploads import UploadedImageField
from members.models import Topic


class PublicationForm(forms.ModelForm):
    """The main form of an activity or a practice, for its `organisation`:
    what its translation options require in Bulgarian is required (the
    English falls back to it), every topic may be chosen, and each field
    says its language. The fields in `folded` are optional details, shown
    folded under the rest."""

    required_css_class = "required"
    folded = ()

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        options = translator.get_options_for_model(self._meta.model)
        for name in options.required_languages["bg"]:
            self.fields[f"{name}_bg"].required = True
        self.fields["topics"].queryset = Topic.objects.all()
        label_languages(self)

    def main_fields(self):
        return [
            field for field in self.visible_fields() if field.name not in self.folded
        ]

    def folded_fields(self):
        return [field for field in self.visible_fields() if field.name in self.folded]

    def unfold(self):
        """Whether the optional details show unfolded: when they hold
        something or something is wrong with them."""
        return any(
            field.errors or field.value() not in (None, "", [])
            for field in self.folded_fields()
        )


class PhotoForm(forms.ModelForm):
    """A photo of a publication (`members.models.Photo`); the formset names
    the model. The file comes first."""

    upload = UploadedImageField(label=_("Photo"))
    field_order = ["upload"]

    class Meta:
        fields = ["alt_text_bg", "alt_text_en", "caption_bg", "caption_en"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["alt_text_bg"].required = False  # required with a photo
        label_languages(self)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("DELETE"):
            return cleaned
        has_photo = bool(cleaned.get("upload") or self.instance.image)
        if has_photo and not cleaned.get("alt_text_bg"):
            self.add_error(
                "alt_text_bg", _("Describe the photo for people who cannot see it.")
            )
        if not has_photo and self.has_changed() and "upload" not in self.errors:
            self.add_error("upload", _("Choose a photo to upload."))
        return cleaned


def bounded_formset(parent_model, model, *, form, extra, most, **kwargs):
    """An inline formset of at most `most` forms, each deletable. A posted
    form count past the maximum is refused, and no more forms than the
    maximum are ever built: Django would build a thousand more."""
    return inlineformset_factory(
        parent_model,
        model,
        form=form,
        extra=extra,
        max_num=most,
        absolute_max=most,
        validate_max=True,
        can_delete=True,
        # An empty form has nothing to delete.
        can_delete_extra=False,
        **kwargs,
    )


def photo_formset(parent_model, photo_model):
    """At most twelve photos, one empty form to start with; the page adds
    another on demand."""
    return bounded_formset(parent_model, photo_model, form=PhotoForm, extra=1, most=12)


def save_uploads(formset, parent, store):
    """Saves a valid formset of uploads under `parent`: the deleted go, an
    empty extra form is skipped, and `store(item, upload)` keeps a new
    upload."""
    for form in formset.forms:
        if form in formset.deleted_forms:
            if form.instance.pk:
                form.instance.delete()
            continue
        upload = form.cleaned_data.get("upload")
        if not upload and not form.instance.pk:
            continue
        item = form.save(commit=False)
        setattr(item, formset.fk.name, parent)
        if upload:
            store(item, upload)
        item.save()
