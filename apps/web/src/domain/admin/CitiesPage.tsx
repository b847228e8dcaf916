import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { City } from '../../api/types';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Table } from '../../common/components/table/Table';
import { TextInput } from '../../common/components/textInput/TextInput';
import { SignedIn } from '../account/SignedIn';
import { useAnnounce } from '../app/a11y/Announcer';
import { fieldErrorsOf } from '../app/api/fieldErrors';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { useCities } from '../cities/queries';
import { ADMIN_MESSAGES } from './adminMessages';
import { AdminNav } from './AdminNav';
import { useCreateCity } from './queries';
import './admin.css';

const FIELDS = ['slug', 'name'] as const;

/** The cities: the six and the partner cities, each with its dashboard; admins add a partner city. */
export function CitiesPage() {
  useFeatureMessages(ADMIN_MESSAGES);
  const { t } = useTranslation();
  return (
    <div className="container">
      <PageTitle title={t('admin.cities.title')} />
      <h1>{t('admin.cities.title')}</h1>
      <AdminNav />
      <SignedIn>{() => <Cities />}</SignedIn>
    </div>
  );
}

function Cities() {
  const { t } = useTranslation();
  const locale = useLocale();
  const cities = useCities();
  const create = useCreateCity();
  const announce = useAnnounce();
  const [slug, setSlug] = useState('');
  const [name, setName] = useState({ fi: '', sv: '', en: '' });
  const fieldErrors = new Map(fieldErrorsOf(create.error, FIELDS).map(({ field, key }) => [field, t(key, { defaultValue: t('fieldErrors.generic') })]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const names = Object.fromEntries(Object.entries(name).filter(([, value]) => value.trim()).map(([key, value]) => [key, value.trim()]));
    create.mutate(
      { slug: slug.trim(), name: names },
      {
        onSuccess: (city) => {
          announce(t('admin.cities.added', { city: city.name.fi ?? city.slug }));
          setSlug('');
          setName({ fi: '', sv: '', en: '' });
        },
      },
    );
  };

  return (
    <>
      {cities.isPending ? (
        <LoadingSpinner />
      ) : cities.isError ? (
        <ErrorMessage error={cities.error} onRetry={() => void cities.refetch()} />
      ) : (
        <Table<City>
          caption={t('admin.cities.caption')}
          rowKey={(city) => city.id}
          rows={cities.data}
          columns={[
            { key: 'fi', header: t('admin.cities.nameFi'), render: (city) => city.name.fi ?? '' },
            { key: 'sv', header: t('admin.cities.nameSv'), render: (city) => city.name.sv ?? '' },
            { key: 'en', header: t('admin.cities.nameEn'), render: (city) => city.name.en ?? '' },
            { key: 'slug', header: t('admin.cities.slug'), render: (city) => city.slug },
            { key: 'kind', header: t('admin.cities.kind'), render: (city) => (city.partner ? t('admin.cities.partner') : t('admin.cities.programme')) },
            {
              key: 'dashboard',
              header: t('admin.cities.dashboard'),
              render: (city) => (
                <Link to={paths.deskCityDashboard(locale, city.id)} aria-label={t('admin.cities.dashboardOf', { city: city.name[locale] ?? city.name.fi ?? city.slug })}>
                  {t('admin.cities.dashboard')}
                </Link>
              ),
            },
          ]}
        />
      )}
      <h2>{t('admin.cities.add')}</h2>
      <form className="admin-form" onSubmit={submit} noValidate>
        <TextInput id="city-slug" label={t('admin.cities.slug')} helperText={t('admin.cities.slugHelp')} value={slug} onChange={setSlug} required errorText={fieldErrors.get('slug')} />
        <TextInput id="city-name-fi" label={t('admin.cities.nameFi')} value={name.fi} onChange={(fi) => setName({ ...name, fi })} errorText={fieldErrors.get('name')} />
        <TextInput id="city-name-sv" label={t('admin.cities.nameSv')} value={name.sv} onChange={(sv) => setName({ ...name, sv })} />
        <TextInput id="city-name-en" label={t('admin.cities.nameEn')} value={name.en} onChange={(en) => setName({ ...name, en })} />
        <Button type="submit" disabled={create.isPending}>
          {t('admin.cities.addButton')}
        </Button>
      </form>
      {create.isError && fieldErrors.size === 0 && <ErrorMessage error={create.error} />}
    </>
  );
}
