/**
 * The warning bar on screens that show melding content (R-UI-6, manual §4.2.1, Afb. 37): what is
 * written in Toelichting can be read by anyone who asks to inspect the dossier. Not role=alert: it
 * is standing advice on the page, not news, so screen readers meet it in reading order.
 */
import type { ComponentChildren } from 'preact';
import { uiMessages as t } from '../messages/ui';

export function PrivacyWarning(): ComponentChildren {
  return (
    <div class="utrecht-alert utrecht-alert--warning vl-privacy-warning">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <p class="utrecht-paragraph vl-privacy-warning__text">
            <strong>{t.privacyWaarschuwingKop}</strong> {t.privacyWaarschuwing}
          </p>
        </div>
      </div>
    </div>
  );
}
