// A form sent back with errors: take the reader to the list of what to fix.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector("[data-focus-on-load]");
  if (summary) {
    summary.focus();
  }
});
