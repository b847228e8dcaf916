import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { Link } from '../../common/components/link/Link';
import { Notification } from '../../common/components/notification/Notification';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { ProblemMessage } from '../../common/components/problemMessage/ProblemMessage';
import { useUnsubscribe } from './queries';
import { SETTINGS_MESSAGES } from './settingsMessages';

/**
 * Where an e-mail's unsubscribe link leads: it asks before it changes anything (a link checker
 * that opens the page unsubscribes nobody), then posts the link's token, no sign-in needed.
 */
export function UnsubscribePage() {
  useFeatureMessages(SETTINGS_MESSAGES);
  const { t } = useTranslation();
  const locale = useLocale();
  const token = useSearchParams()[0].get('token');
  const unsubscribe = useUnsubscribe();
  const result = unsubscribe.data;
  const kinds = result?.kinds.map((kind) => t(`notificationSettings.kinds.${kind}`)).join(', ') ?? '';

  return (
    <div className="container">
      <PageTitle title={t('notificationSettings.unsubscribe.title')} />
      <h1>{t('notificationSettings.unsubscribe.title')}</h1>
      {!token ? (
        <Notification type="error" label={t('notificationSettings.unsubscribe.noToken')} />
      ) : result ? (
        <div role="status">
          <Notification type="success" label={t('notificationSettings.unsubscribe.title')} data-testid="unsubscribed">
            <p>
              {result.kinds.length === 0
                ? t('notificationSettings.unsubscribe.nothing')
                : result.scope === 'digest'
                  ? t('notificationSettings.unsubscribe.doneDigest', { kinds })
                  : t('notificationSettings.unsubscribe.done', { kinds })}
            </p>
          </Notification>
        </div>
      ) : (
        <>
          <p>{t('notificationSettings.unsubscribe.question')}</p>
          <div className="actions">
            <Button onClick={() => unsubscribe.mutate(token)} disabled={unsubscribe.isPending}>
              {t('notificationSettings.unsubscribe.confirm')}
            </Button>
          </div>
          {unsubscribe.error && <ProblemMessage error={unsubscribe.error} />}
        </>
      )}
      <p>
        <Link to={`${paths.account(locale)}#notifications`}>{t('notificationSettings.unsubscribe.settings')}</Link>
      </p>
    </div>
  );
}
