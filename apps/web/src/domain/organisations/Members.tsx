import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Table } from '../../common/components/table/Table';
import { formatDate } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { useMembers } from './queries';

/** Who belongs to the organisation, with their role and since when. */
export function Members({ organisationId, me }: { organisationId: string; me: Me; owner: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data: members, error, isPending, refetch } = useMembers(organisationId);
  return (
    <section aria-labelledby="organisation-members">
      <h2 id="organisation-members">{t('organisations.members')}</h2>
      {isPending ? (
        <LoadingSpinner small />
      ) : error || !members ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : (
        <Table
          caption={t('organisations.members')}
          hideCaption
          rowKey={(member) => member.userId}
          rows={members}
          columns={[
            { key: 'name', header: t('organisations.memberName'), render: (member) => (member.userId === me.id ? t('organisations.you', { name: member.displayName }) : member.displayName) },
            { key: 'email', header: t('organisations.memberEmail'), render: (member) => member.email },
            { key: 'role', header: t('organisations.memberRole'), render: (member) => t(`roles.${member.role}`) },
            { key: 'since', header: t('organisations.memberSince'), render: (member) => formatDate(member.since, locale) },
          ]}
        />
      )}
    </section>
  );
}
