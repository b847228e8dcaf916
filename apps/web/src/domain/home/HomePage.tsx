import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { TextInput } from '../../common/components/textInput/TextInput';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { CallCard } from '../calls/CallCard';
import { useCalls } from '../calls/queries';
import { useNewestTestbeds } from '../testbeds/queries';
import { TestbedCard } from '../testbeds/TestbedCard';
import './home.css';

const OPEN_CALLS = { state: 'open', focusArea: '' };

export function HomePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const calls = useCalls(locale, OPEN_CALLS, 3);
  const testbeds = useNewestTestbeds(locale, 6);
  const openCalls = calls.data?.pages.flatMap((page) => page.items) ?? [];

  const search = (event: FormEvent) => {
    event.preventDefault();
    const text = query.trim();
    navigate(paths.testbeds(locale, text ? new URLSearchParams({ q: text }).toString() : ''));
  };

  return (
    <>
      <PageTitle title={t('home.title')} />
      <section className="hero">
        <div className="hero__content">
          <h1>{t('home.title')}</h1>
          <p className="lead">{t('home.intro')}</p>
          <form role="search" className="hero__search" onSubmit={search}>
            <TextInput id="home-search" type="search" label={t('home.searchLabel')} placeholder={t('home.searchPlaceholder')} value={query} onChange={setQuery} />
            <Button type="submit">{t('home.searchButton')}</Button>
          </form>
        </div>
      </section>
      <div className="container">
        <section aria-labelledby="open-calls">
          <h2 id="open-calls">{t('home.openCalls')}</h2>
          {calls.isPending ? (
            <LoadingSpinner />
          ) : calls.isError ? (
            <ErrorMessage error={calls.error} onRetry={() => void calls.refetch()} />
          ) : openCalls.length === 0 ? (
            <p>{t('home.noOpenCalls')}</p>
          ) : (
            <ul className="card-list">
              {openCalls.map((call) => (
                <li key={call.id}>
                  <CallCard call={call} />
                </li>
              ))}
            </ul>
          )}
          <p className="section-more">
            <Link to={paths.calls(locale)}>{t('home.allCalls')}</Link>
          </p>
        </section>
        <section aria-labelledby="newest-testbeds">
          <h2 id="newest-testbeds">{t('home.newestTestbeds')}</h2>
          {testbeds.isPending ? (
            <LoadingSpinner />
          ) : testbeds.isError ? (
            <ErrorMessage error={testbeds.error} onRetry={() => void testbeds.refetch()} />
          ) : (
            <ul className="card-list">
              {testbeds.data.items.map((testbed) => (
                <li key={testbed.id}>
                  <TestbedCard testbed={testbed} />
                </li>
              ))}
            </ul>
          )}
          <p className="section-more">
            <Link to={paths.testbeds(locale)}>{t('home.allTestbeds')}</Link>
          </p>
        </section>
      </div>
    </>
  );
}
