import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { Select } from '../../common/components/select/Select';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { TextInput } from '../../common/components/textInput/TextInput';
import { SignedIn } from '../account/SignedIn';
import { useAnnounce } from '../app/a11y/Announcer';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { useLocale } from '../app/i18n/useLocale';
import { cityName, useCities } from '../cities/queries';
import { ADMIN_MESSAGES } from './adminMessages';
import { AdminNav } from './AdminNav';
import { type GrantableRole, useGrantRole, useRevokeRole, useUsers } from './queries';
import './admin.css';

type User = components['schemas']['UserSummaryDto'];
const ROLES: GrantableRole[] = ['coordinator', 'evaluator', 'decider', 'admin'];

/** Users and their role grants: find a user by e-mail, grant a role (a coordinator's with a city) or revoke one. */
export function UsersPage() {
  useFeatureMessages(ADMIN_MESSAGES);
  const { t } = useTranslation();
  return (
    <div className="container">
      <PageTitle title={t('admin.users.title')} />
      <h1>{t('admin.users.title')}</h1>
      <AdminNav />
      <SignedIn>{() => <Users />}</SignedIn>
    </div>
  );
}

function Users() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [email, setEmail] = useState('');
  const users = useUsers(email);
  const search = (event: FormEvent) => {
    event.preventDefault();
    setEmail(draft.trim());
  };
  return (
    <>
      <form className="admin-form" role="search" onSubmit={search}>
        <TextInput id="user-search" type="search" label={t('admin.users.search')} value={draft} onChange={setDraft} />
        <Button type="submit">{t('admin.users.find')}</Button>
      </form>
      {users.isPending ? (
        <LoadingSpinner />
      ) : users.isError ? (
        <ErrorMessage error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <>
          <p role="status">{t('admin.users.found', { count: users.data.total })}</p>
          {users.data.items.map((user) => (
            <UserCard key={user.id} user={user} />
          ))}
        </>
      )}
    </>
  );
}

function UserCard({ user }: { user: User }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data: cities } = useCities();
  const [role, setRole] = useState<GrantableRole>('coordinator');
  const [cityId, setCityId] = useState('');
  const grant = useGrantRole();
  const revoke = useRevokeRole();
  const announce = useAnnounce();
  const cityOf = (id: string | null) => (id ? cityName(cities, cities?.find((c) => c.id === id)?.slug, locale) : '');
  const roleText = (grantRole: string, grantCity: string | null) => (grantCity ? t('admin.users.roleInCity', { role: t(`admin.roles.${grantRole}`), city: cityOf(grantCity) }) : t(`admin.roles.${grantRole}`));
  const headingId = `user-${user.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const city = role === 'coordinator' ? cityId || cities?.[0]?.id : undefined;
    grant.mutate(
      { userId: user.id, role, cityId: city },
      { onSuccess: () => announce(t('admin.users.granted', { role: roleText(role, city ?? null), user: user.displayName })) },
    );
  };

  return (
    <section className="admin-card" aria-labelledby={headingId} data-testid="user-card">
      <h2 id={headingId}>{user.displayName}</h2>
      <p>
        {user.email} · {user.emailVerified ? t('admin.users.verified') : t('admin.users.unverified')}
      </p>
      <h3>{t('admin.users.roles')}</h3>
      {user.roles.length === 0 ? (
        <p>{t('admin.users.noRoles')}</p>
      ) : (
        <ul className="admin-roles">
          {user.roles.map((grantRow) => (
            <li key={grantRow.id}>
              <span>{roleText(grantRow.role, grantRow.cityId)}</span>
              <Button
                variant="secondary"
                disabled={revoke.isPending}
                aria-label={t('admin.users.revokeRole', { role: roleText(grantRow.role, grantRow.cityId), user: user.displayName })}
                onClick={() =>
                  revoke.mutate({ userId: user.id, grantId: grantRow.id }, { onSuccess: () => announce(t('admin.users.revoked', { role: roleText(grantRow.role, grantRow.cityId), user: user.displayName })) })
                }
              >
                {t('admin.users.revoke')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {revoke.isError && <ErrorMessage error={revoke.error} />}
      <form className="admin-form" onSubmit={submit} aria-label={t('admin.users.grantFor', { user: user.displayName })}>
        <Select id={`role-${user.id}`} label={t('admin.users.role')} value={role} onChange={(value) => setRole(value as GrantableRole)} options={ROLES.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))} />
        {role === 'coordinator' && (
          <Select
            id={`city-${user.id}`}
            label={t('admin.users.city')}
            value={cityId || cities?.[0]?.id || ''}
            onChange={setCityId}
            options={(cities ?? []).map((city) => ({ value: city.id, label: cityName(cities, city.slug, locale) }))}
          />
        )}
        <Button type="submit" disabled={grant.isPending}>
          {t('admin.users.grant')}
        </Button>
      </form>
      {grant.isError && <ErrorMessage error={grant.error} />}
    </section>
  );
}
