// Small enhancements only: every task works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // A form that came back with errors: move focus to the summary, so it is read out first.
  const summary = document.querySelector('[data-error-summary]');
  if (summary instanceof HTMLElement) summary.focus();

  // "Print" buttons, shown only when this script runs (without it: the browser's own print).
  for (const button of document.querySelectorAll('[data-print]')) {
    if (button instanceof HTMLElement) {
      button.hidden = false;
      button.addEventListener('click', () => window.print());
    }
  }

  // Filters that apply as soon as they change; the button stays for keyboard and JS-off use.
  for (const select of document.querySelectorAll('select[data-submit-on-change]')) {
    select.addEventListener('change', () => select.form?.requestSubmit());
  }
});
