import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Select } from '../../common/components/select/Select';
import { useAnnounce } from '../app/a11y/Announcer';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { ProblemMessage } from '../../common/components/problemMessage/ProblemMessage';
import { groupByArea } from './groups';
import { type Delivery, usePreferences, useSetPreference } from './queries';
import { SETTINGS_MESSAGES } from './settingsMessages';
import './settings.css';

const DELIVERIES: Delivery[] = ['immediate', 'digest', 'in_app'];

/**
 * The account's notification settings: each kind of notification by e-mail at once, in the daily
 * digest, or in the service only, saved as soon as it is picked; receipts, decisions and deadlines
 * always by e-mail, with why. The e-mails' "all your settings" link lands here (#notifications).
 */
export function NotificationSettings() {
  useFeatureMessages(SETTINGS_MESSAGES);
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { hash } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const preferences = usePreferences();
  const save = useSetPreference();
  const loaded = !!preferences.data;
  useEffect(() => {
    if (loaded && hash === '#notifications') heading.current?.focus();
  }, [loaded, hash]);

  const kindName = (kind: string) => t(`notificationSettings.kinds.${kind}`);
  const choose = (kind: string, delivery: Delivery) =>
    save.mutate(
      { kind, delivery },
      { onSuccess: () => announce(t('notificationSettings.saved', { kind: kindName(kind), delivery: t(`notificationSettings.deliveries.${delivery}`) })) },
    );

  return (
    <section id="notifications" className="notification-settings" aria-labelledby="notification-settings-title">
      <h2 id="notification-settings-title" ref={heading} tabIndex={-1}>
        {t('notificationSettings.title')}
      </h2>
      <p>{t('notificationSettings.intro')}</p>
      {preferences.error ? (
        <ProblemMessage error={preferences.error} />
      ) : !preferences.data ? (
        <LoadingSpinner />
      ) : (
        groupByArea(preferences.data).map(({ area, items }) => (
          <fieldset key={area} className="notification-settings__area">
            <legend>{t(`notificationSettings.areas.${area}`)}</legend>
            {items.map((preference) =>
              preference.mandatory ? (
                <div key={preference.kind} className="notification-settings__fixed" data-testid={`preference-${preference.kind}`}>
                  <span className="notification-settings__kind">{kindName(preference.kind)}</span>
                  <span>{t('notificationSettings.mandatory')}</span>
                  <span className="notification-settings__why">{t(`notificationSettings.reasons.${preference.mandatory}`)}</span>
                </div>
              ) : (
                <Select
                  key={preference.kind}
                  id={`preference-${preference.kind}`}
                  label={kindName(preference.kind)}
                  value={preference.delivery}
                  options={DELIVERIES.map((delivery) => ({ value: delivery, label: t(`notificationSettings.deliveries.${delivery}`) }))}
                  onChange={(delivery) => choose(preference.kind, delivery as Delivery)}
                />
              ),
            )}
          </fieldset>
        ))
      )}
      {save.error && <ProblemMessage error={save.error} />}
    </section>
  );
}
