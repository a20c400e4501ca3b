// The print button of the plan's print view (no inline script: the CSP forbids it).
document.addEventListener('click', function (e) {
  if (e.target instanceof Element && e.target.closest('[data-print]')) {
    window.print();
  }
});
