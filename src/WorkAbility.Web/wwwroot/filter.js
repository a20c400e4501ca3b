// A long list of people to choose from narrows as one types (the team form lists every professional of the county).
// The search box is hidden until this script runs; rows already chosen always stay; a live region says how many show.
// Delegated and re-armed on enhanced navigation, like the menu.
function armFilters() {
  for (const box of document.querySelectorAll('[data-filter-for]')) {
    box.hidden = false;
  }
}
document.addEventListener('DOMContentLoaded', armFilters);
document.addEventListener('enhancedload', armFilters);
if (window.Blazor?.addEventListener) {
  window.Blazor.addEventListener('enhancedload', armFilters);
}
armFilters();
document.addEventListener('input', function (e) {
  const input = e.target instanceof HTMLInputElement ? e.target : null;
  const box = input?.closest('[data-filter-for]');
  if (!box) {
    return;
  }
  const table = document.getElementById(box.getAttribute('data-filter-for'));
  const words = input.value.toLocaleLowerCase('fi').split(/\s+/).filter(w => w.length > 0);
  let shown = 0;
  for (const row of table?.tBodies[0]?.rows ?? []) {
    const chosen = row.querySelector('input:checked') !== null;
    const text = row.textContent.toLocaleLowerCase('fi');
    const show = chosen || words.every(w => text.includes(w));
    row.hidden = !show;
    if (show) {
      shown++;
    }
  }
  const status = box.querySelector('[role="status"]');
  if (status) {
    status.textContent = (status.getAttribute('data-template') ?? '{0}').replace('{0}', String(shown));
  }
});
