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
    says its language."""

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        options = translator.get_options_for_model(self._meta.model)
        for name in options.required_languages["bg"]:
            self.fields[f"{name}_bg"].required = True
        self.fields["topics"].queryset = Topic.objects.all()
        label_languages(self)


class PhotoForm(forms.ModelForm):
    """A photo of a publication (`members.models.Photo`); the formset names
    the model."""

    upload = UploadedImageField(label=_("Photo"))

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
        **kwargs,
    )


def photo_formset(parent_model, photo_model):
    """At most twelve photos, two empty forms to start with."""
    return bounded_formset(parent_model, photo_model, form=PhotoForm, extra=2, most=12)


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
