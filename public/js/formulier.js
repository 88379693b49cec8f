// Progressive enhancement of forms (R-MEL-9, R-MEL-13). Without this script every question
// shows, with a hint when it applies, a "Toon keuzes" button asks the server for the choices
// that fit a typed date, and the server refuses what does not fit. With it:
// - `[data-toon-als="naam=waarde"]` shows only while the field `naam` has `waarde`; hidden, its
//   choice goes back to `data-leeg`, so nothing that no longer applies is posted;
// - `[data-leeftijdkeuze]` offers the options of the pupil's age on the date typed in the field
//   `data-datumveld` (today's age before one is typed, or when it lies in the future), as
//   the server does (rules.ts leeftijdOp, soortenVoorLeeftijd), and rewrites its hint;
// - `[data-zonder-js]` (the "Toon keuzes" step) is no longer needed and hides.
'use strict';

(() => {
  const gekozen = (form, naam) => {
    const el = form.elements.namedItem(naam);
    return el ? el.value : '';
  };

  for (const blok of document.querySelectorAll('[data-toon-als]')) {
    const form = blok.closest('form');
    const [naam, waarde] = blok.dataset.toonAls.split('=');
    const bij = () => {
      const toon = gekozen(form, naam) === waarde;
      blok.hidden = !toon;
      if (toon) return;
      for (const input of blok.querySelectorAll('input[type=radio]')) input.checked = input.value === blok.dataset.leeg;
    };
    form.addEventListener('change', bij);
    bij();
  }

  // DD-MM-JJJJ, D-M-JJJJ or DDMMJJJJ to ISO, or null (dutch-date.ts parseDutchDate).
  const isoVan = (tekst) => {
    const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(tekst.trim()) || /^(\d{2})(\d{2})(\d{4})$/.exec(tekst.trim());
    if (!m) return null;
    const [d, mnd, j] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dagen = new Date(Date.UTC(j, mnd, 0)).getUTCDate();
    if (j < 1 || mnd < 1 || mnd > 12 || d < 1 || d > dagen) return null;
    return `${String(j).padStart(4, '0')}-${String(mnd).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  const leeftijdOp = (geboren, datum) => {
    const [gj, gm, gd] = geboren.split('-').map(Number);
    const [j, m, d] = datum.split('-').map(Number);
    return j - gj - (m > gm || (m === gm && d >= gd) ? 0 : 1);
  };
  const nederlands = (iso) => iso.split('-').reverse().join('-');

  for (const blok of document.querySelectorAll('[data-leeftijdkeuze]')) {
    const form = blok.closest('form');
    const veld = form.elements.namedItem(blok.dataset.datumveld);
    const hint = blok.querySelector('.vl-hint');
    const bij = () => {
      const van = isoVan(veld.value);
      const peildatum = van && van <= blok.dataset.vandaag ? van : blok.dataset.vandaag;
      const leeftijd = leeftijdOp(blok.dataset.geboortedatum, peildatum);
      const groep = leeftijd < Number(blok.dataset.meerderjarig) ? 'min' : 'plus';
      for (const optie of blok.querySelectorAll('[data-groep]')) {
        optie.hidden = optie.dataset.groep !== 'alle' && optie.dataset.groep !== groep;
        const input = optie.querySelector('input');
        if (optie.hidden && input.checked) {
          input.checked = false;
          form.dispatchEvent(new Event('change'));
        }
      }
      if (hint) hint.textContent = blok.dataset.hint.replace('{leeftijd}', String(leeftijd)).replace('{op}', nederlands(peildatum));
    };
    veld.addEventListener('input', bij);
    bij();
  }

  for (const el of document.querySelectorAll('[data-zonder-js]')) el.hidden = true;
})();
