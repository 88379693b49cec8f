// Print button (R-UI-4). The button is rendered `hidden` because without JavaScript it could not
// call the browser's print; this script, loaded from our own origin (strict CSP), reveals and wires it.
'use strict';
for (const button of document.querySelectorAll('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
