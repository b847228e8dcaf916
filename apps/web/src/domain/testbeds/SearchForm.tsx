import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../common/components/button/Button';
import { Checkbox } from '../../common/components/checkbox/Checkbox';
import { Select } from '../../common/components/select/Select';
import { TextInput } from '../../common/components/textInput/TextInput';
import { useLocale } from '../app/i18n/useLocale';
import { cityName, useCities } from '../cities/queries';
import { capabilityTags, EMPTY_SEARCH, type SearchParams } from './searchParams';
import { COST_KINDS, THEMES } from './vocabulary';

/** The search words and filters; applied together with the Search button (or Enter). */
export function SearchForm({ search, onSearch }: { search: SearchParams; onSearch: (search: SearchParams) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data: cities } = useCities();
  const [draft, setDraft] = useState(search);
  const [capabilityText, setCapabilityText] = useState(search.capabilities.join(', '));
  const set = (patch: Partial<SearchParams>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...draft, capabilities: capabilityTags(capabilityText) });
  };
  const clear = () => {
    setDraft({ ...EMPTY_SEARCH, q: draft.q });
    setCapabilityText('');
    onSearch({ ...EMPTY_SEARCH, q: draft.q });
  };

  return (
    <form role="search" className="search-form" onSubmit={submit} aria-label={t('testbeds.searchTitle')}>
      <div className="search-form__query">
        <TextInput id="search-q" type="search" label={t('testbeds.query')} value={draft.q} onChange={(q) => set({ q })} />
        <Button type="submit">{t('testbeds.search')}</Button>
      </div>
      <fieldset className="search-form__filters">
        <legend>{t('testbeds.filters')}</legend>
        <div className="search-form__grid">
        <Select
          id="search-city"
          label={t('common.city')}
          value={draft.city}
          onChange={(city) => set({ city })}
          options={[{ value: '', label: t('testbeds.anyCity') }, ...(cities ?? []).map((city) => ({ value: city.slug, label: cityName(cities, city.slug, locale) }))]}
        />
        <Select
          id="search-cost"
          label={t('testbeds.cost')}
          value={draft.cost}
          onChange={(cost) => set({ cost })}
          options={[{ value: '', label: t('testbeds.anyCost') }, ...COST_KINDS.map((kind) => ({ value: kind, label: t(`cost.${kind}`) }))]}
        />
        <TextInput id="search-capability" label={t('testbeds.capability')} helperText={t('testbeds.capabilityHelp')} value={capabilityText} onChange={setCapabilityText} />
        <TextInput id="search-from" type="date" label={t('testbeds.availableFrom')} value={draft.availableFrom} onChange={(availableFrom) => set({ availableFrom })} />
        <TextInput id="search-to" type="date" label={t('testbeds.availableTo')} value={draft.availableTo} min={draft.availableFrom || undefined} onChange={(availableTo) => set({ availableTo })} />
        </div>
        <fieldset className="search-form__themes">
          <legend>{t('testbeds.themes')}</legend>
          <div className="search-form__checkboxes">
          {THEMES.map((theme) => (
            <Checkbox
              key={theme}
              id={`search-theme-${theme}`}
              label={t(`themes.${theme}`)}
              checked={draft.themes.includes(theme)}
              onChange={(checked) => set({ themes: checked ? [...draft.themes, theme] : draft.themes.filter((other) => other !== theme) })}
            />
          ))}
          </div>
        </fieldset>
        <div className="search-form__actions">
          <Button type="submit">{t('testbeds.search')}</Button>
          <Button type="button" variant="secondary" onClick={clear}>
            {t('testbeds.clear')}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
