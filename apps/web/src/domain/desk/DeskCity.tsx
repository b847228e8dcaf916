import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { City, Me } from '../../api/types';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Select } from '../../common/components/select/Select';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { SignedIn } from '../account/SignedIn';
import { useLocale } from '../app/i18n/useLocale';
import { cityName, useCities } from '../cities/queries';
import { chooseCity, deskCities } from './city';

/**
 * A page of a city's desk: signed in, with a city the user coordinates (the `city` parameter, or
 * their first); a choice of city when they have several; a refusal for anyone else.
 */
export function DeskCity({ children }: { children: (city: City, me: Me) => ReactNode }) {
  return <SignedIn>{(me) => <Choose me={me}>{children}</Choose>}</SignedIn>;
}

function Choose({ me, children }: { me: Me; children: (city: City, me: Me) => ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [query, setQuery] = useSearchParams();
  const cities = useCities();
  if (cities.isPending) return <LoadingSpinner />;
  if (cities.error || !cities.data) return <ErrorMessage error={cities.error} onRetry={() => void cities.refetch()} />;
  const allowed = deskCities(me, cities.data);
  const city = chooseCity(allowed, query.get('city'));
  if (!city) return <p>{t('desk.notCoordinator')}</p>;
  return (
    <>
      {allowed.length > 1 && (
        <div className="desk-city">
          <Select
            id="desk-city"
            label={t('desk.city')}
            value={city.id}
            options={allowed.map((option) => ({ value: option.id, label: cityName(cities.data, option.slug, locale) }))}
            onChange={(value) => {
              const next = new URLSearchParams(query);
              next.set('city', value);
              setQuery(next);
            }}
          />
        </div>
      )}
      {children(city, me)}
    </>
  );
}
