// A form sent back with errors: take the reader to the list of what to fix.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector("[data-focus-on-load]");
  if (summary) {
    summary.focus();
  }
});

// A formset's "add another" button: a new empty form from the formset's
// template, numbered after the last, and the formset's count raised. Without
// JavaScript the button stays hidden and the page offers one empty form.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("[data-formset-add]")) {
    const prefix = button.dataset.formsetAdd;
    const list = document.querySelector(`[data-formset="${prefix}"]`);
    const template = document.querySelector(`[data-formset-template="${prefix}"]`);
    const total = document.getElementById(`id_${prefix}-TOTAL_FORMS`);
    const most = document.getElementById(`id_${prefix}-MAX_NUM_FORMS`);
    if (!list || !template || !total || !most) {
      continue;
    }
    button.hidden = false;
    button.addEventListener("click", () => {
      const number = Number(total.value);
      const form = template.content.firstElementChild.cloneNode(true);
      for (const element of form.querySelectorAll("[id], [for], [name], [aria-describedby]")) {
        for (const attribute of ["id", "for", "name", "aria-describedby"]) {
          const value = element.getAttribute(attribute);
          if (value) {
            element.setAttribute(attribute, value.replaceAll("__prefix__", number));
          }
        }
      }
      list.append(form);
      total.value = number + 1;
      form.querySelector("input, select, textarea")?.focus();
      if (number + 1 >= Number(most.value)) {
        button.hidden = true;
      }
    });
  }
});
