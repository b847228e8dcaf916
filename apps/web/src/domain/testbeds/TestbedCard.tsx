import { useTranslation } from 'react-i18next';
import type { TestbedSummary } from '../../api/types';
import { Link } from '../../common/components/link/Link';
import { Tag } from '../../common/components/tag/Tag';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { cityName, useCities } from '../cities/queries';

/** A test bed in a list: its name (a link to its page), city, summary and themes. */
export function TestbedCard({ testbed, headingLevel = 3 }: { testbed: TestbedSummary; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data: cities } = useCities();
  const Heading = `h${headingLevel}` as const;
  const foreign = testbed.language !== locale ? testbed.language : undefined;
  return (
    <article className="card" data-testid="testbed-card">
      <Heading lang={foreign}>
        <Link to={paths.testbed(locale, testbed.id)}>{testbed.name}</Link>
      </Heading>
      <p className="card__meta">{cityName(cities, testbed.citySlug, locale)}</p>
      {testbed.summary && <p lang={foreign}>{testbed.summary}</p>}
      {testbed.themes.length > 0 && (
        <ul className="tags" aria-label={t('testbeds.themes')}>
          {testbed.themes.map((theme) => (
            <li key={theme}>
              <Tag>{t(`themes.${theme}`)}</Tag>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
