// The main menu folds behind one button on narrow screens (app.css shows the button only when
// script runs). Delegated, so it keeps working across enhanced navigation; the server's markup
// closes the menu again on every page.
document.addEventListener('click', function (e) {
  const toggle = e.target instanceof Element ? e.target.closest('.menu-toggle') : null;
  if (!toggle) {
    return;
  }
  const menu = document.getElementById(toggle.getAttribute('aria-controls'));
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  menu?.classList.toggle('open', open);
});
