import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Control, Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { City, Testbed } from '../../api/types';
import { Button } from '../../common/components/button/Button';
import { Checkbox } from '../../common/components/checkbox/Checkbox';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PickPointMap } from '../../common/components/map/PickPointMap';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { StatusLabel } from '../../common/components/statusLabel/StatusLabel';
import { Table } from '../../common/components/table/Table';
import { SelectField } from '../../common/formFields/SelectField';
import { TextInputField } from '../../common/formFields/TextInputField';
import { useAnnounce } from '../app/a11y/Announcer';
import { api, unwrap } from '../app/api/client';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatPeriod } from '../app/i18n/format';
import { LOCALES } from '../app/i18n/locales';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { type BookingState, STATE_STATUS } from '../bookings/state';
import { THEMES } from '../testbeds/vocabulary';
import { BookingCalendar } from './BookingCalendar';
import { DeskCity } from './DeskCity';
import { DESK_MESSAGES } from './deskMessages';
import { ProblemMessage } from '../../common/components/problemMessage/ProblemMessage';
import { DESK_KEY, useDeskTestbed, useTestbedBookings } from './queries';
import { inputOf, missingLanguages, TEXT_FIELDS, type TestbedValues, valuesOf } from './testbedForm';
import { TESTBED_STATUS } from './TestbedsPage';
import './desk.css';

/** A new test bed of the city, or one of its beds: edited in three languages side by side, published and archived; with its bookings. */
export function TestbedEditPage() {
  useFeatureMessages(DESK_MESSAGES);
  const { t } = useTranslation();
  const { id } = useParams();
  const bed = useDeskTestbed(id);
  const title = id ? (bed.data?.name ?? t('deskTestbed.editTitle')) : t('deskTestbed.newTitle');
  return (
    <div className="container">
      <PageTitle title={title} />
      <h1>{title}</h1>
      {id && bed.isPending ? (
        <LoadingSpinner />
      ) : id && (bed.error || !bed.data) ? (
        <ErrorMessage error={bed.error} onRetry={() => void bed.refetch()} />
      ) : (
        <DeskCity>{(city) => <Editor key={`${bed.data?.id ?? 'new'}-${bed.data?.version ?? 0}`} city={city} bed={bed.data} />}</DeskCity>
      )}
    </div>
  );
}

function Editor({ city, bed }: { city: City; bed?: Testbed }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const form = useForm<TestbedValues>({ defaultValues: valuesOf(bed) });
  const { control, handleSubmit, setValue } = form;
  const [problem, setProblem] = useState<unknown>(null);
  const labels: Record<string, string> = Object.fromEntries(
    ['name', 'summary', 'description', 'terms', 'address', 'location', 'themes', 'capabilities', 'dataSets', 'capacity', 'availability', 'cost', 'contact'].map((field) => [field, t(`deskTestbed.fields.${field}`)]),
  );

  const refresh = (saved: Testbed) => {
    queryClient.setQueryData([...DESK_KEY, 'testbed', saved.id], saved);
    void queryClient.invalidateQueries({ queryKey: [...DESK_KEY, 'testbeds'] });
  };
  const save = useMutation({
    mutationFn: (values: TestbedValues) =>
      bed
        ? unwrap(api.PATCH('/api/v1/testbeds/{id}', { params: { path: { id: bed.id } }, body: { ...inputOf(values), version: bed.version } }))
        : unwrap(api.POST('/api/v1/testbeds', { body: { ...inputOf(values), cityId: city.id } as never })),
    onMutate: () => setProblem(null),
    onSuccess: (saved) => {
      refresh(saved as Testbed);
      announce(t('deskTestbed.saved'));
      if (!bed) navigate(paths.deskTestbed(locale, saved.id), { replace: true });
    },
    onError: setProblem,
  });
  const transition = useMutation({
    mutationFn: (command: 'publish' | 'archive') =>
      unwrap(
        command === 'publish'
          ? api.POST('/api/v1/testbeds/{id}/publish', { params: { path: { id: (bed as Testbed).id } }, body: { version: (bed as Testbed).version } })
          : api.POST('/api/v1/testbeds/{id}/archive', { params: { path: { id: (bed as Testbed).id } }, body: { version: (bed as Testbed).version } }),
      ),
    onMutate: () => setProblem(null),
    onSuccess: (saved, command) => {
      refresh(saved as Testbed);
      announce(t(command === 'publish' ? 'deskTestbed.published' : 'deskTestbed.archived'));
    },
    onError: setProblem,
  });
  const archived = bed?.state === 'archived';
  const pending = save.isPending || transition.isPending;

  return (
    <>
      {bed && (
        <p className="desk-state">
          {t('deskTestbeds.state')}: <StatusLabel type={TESTBED_STATUS[bed.state]}>{t(`deskTestbeds.state_${bed.state}`)}</StatusLabel>
          {bed.state !== 'draft' && (
            <>
              {' '}
              <Link to={paths.testbed(locale, bed.id)}>{t('deskTestbed.publicPage')}</Link>
            </>
          )}
        </p>
      )}
      {archived && <p>{t('deskTestbed.archivedReadOnly')}</p>}
      {problem ? <ProblemMessage error={problem} labels={labels} /> : null}
      <form className="form desk-form" onSubmit={handleSubmit((values) => save.mutate(values))} noValidate>
        <fieldset disabled={archived} className="desk-fieldset-plain">
          <Texts control={control} />

          <fieldset className="desk-fieldset">
            <legend>{labels.location}</legend>
            <p className="desk-help">{t('deskTestbed.locationHelp')}</p>
            <div className="desk-row">
              <TextInputField control={control} name="street" id="bed-street" label={t('deskTestbed.street')} autoComplete="off" />
              <TextInputField control={control} name="postalCode" id="bed-postal" label={t('deskTestbed.postalCode')} />
              <TextInputField control={control} name="municipality" id="bed-municipality" label={t('deskTestbed.municipality')} />
            </div>
            <div className="desk-row">
              <TextInputField control={control} name="lat" id="bed-lat" label={t('deskTestbed.lat')} helperText={t('deskTestbed.latHelp')} inputMode="text" />
              <TextInputField control={control} name="lon" id="bed-lon" label={t('deskTestbed.lon')} helperText={t('deskTestbed.lonHelp')} inputMode="text" />
            </div>
            <MapPicker control={control} label={t('deskTestbed.mapLabel')} onPick={({ lat, lon }) => {
              setValue('lat', String(lat), { shouldDirty: true });
              setValue('lon', String(lon), { shouldDirty: true });
              announce(t('deskTestbed.picked', { lat, lon }));
            }} />
          </fieldset>

          <fieldset className="desk-fieldset">
            <legend>{labels.themes}</legend>
            <Controller
              control={control}
              name="themes"
              render={({ field }) => (
                <div className="desk-checkboxes">
                  {THEMES.map((theme) => (
                    <Checkbox
                      key={theme}
                      id={`bed-theme-${theme}`}
                      label={t(`themes.${theme}`)}
                      checked={field.value.includes(theme)}
                      onChange={(checked) => field.onChange(checked ? [...field.value, theme] : field.value.filter((value) => value !== theme))}
                    />
                  ))}
                </div>
              )}
            />
            <TextInputField control={control} name="capabilities" id="bed-capabilities" label={labels.capabilities} helperText={t('deskTestbed.capabilitiesHelp')} />
          </fieldset>

          <Windows control={control} />
          <DataSets control={control} />

          <fieldset className="desk-fieldset">
            <legend>{t('deskTestbed.useAndCost')}</legend>
            <TextInputField control={control} name="capacity" id="bed-capacity" label={labels.capacity} helperText={t('deskTestbed.capacityHelp')} inputMode="numeric" required />
            <Cost control={control} />
          </fieldset>

          <fieldset className="desk-fieldset">
            <legend>{labels.contact}</legend>
            <div className="desk-row">
              <TextInputField control={control} name="contactName" id="bed-contact-name" label={t('deskTestbed.contactName')} />
              <TextInputField control={control} name="contactEmail" id="bed-contact-email" label={t('deskTestbed.contactEmail')} type="email" />
              <TextInputField control={control} name="contactPhone" id="bed-contact-phone" label={t('deskTestbed.contactPhone')} />
            </div>
          </fieldset>
        </fieldset>

        <div className="actions">
          {!archived && (
            <Button type="submit" disabled={pending}>
              {bed ? t('deskTestbed.save') : t('deskTestbed.create')}
            </Button>
          )}
          {bed?.state === 'draft' && (
            <Button type="button" variant="secondary" disabled={pending || form.formState.isDirty} onClick={() => transition.mutate('publish')}>
              {t('deskTestbed.publish')}
            </Button>
          )}
          {bed && !archived && (
            <Button type="button" variant="secondary" disabled={pending} onClick={() => transition.mutate('archive')}>
              {t('deskTestbed.archive')}
            </Button>
          )}
        </div>
        {bed?.state === 'draft' && form.formState.isDirty && <p className="desk-help">{t('deskTestbed.saveBeforePublish')}</p>}
      </form>
      {bed && <Bookings bed={bed} />}
      <p>
        <Link to={paths.deskTestbeds(locale, city.id)}>{t('deskTestbed.back')}</Link>
      </p>
    </>
  );
}

/** Each text in fi, sv and en side by side, with the languages it still lacks. */
function Texts({ control }: { control: Control<TestbedValues> }) {
  const { t } = useTranslation();
  const values = useWatch({ control, name: TEXT_FIELDS });
  const missing = missingLanguages({ name: values[0], summary: values[1], description: values[2], terms: values[3] });
  return (
    <>
      <p className="desk-help">{t('deskTestbed.languagesHelp')}</p>
      {TEXT_FIELDS.map((field) => (
        <fieldset key={field} className="desk-fieldset">
          <legend>
            {t(`deskTestbed.fields.${field}`)}
            {field === 'name' && <span className="hds-text-input__required">*</span>}
          </legend>
          <div className="desk-languages">
            {LOCALES.map((language) => (
              <TextInputField
                key={language}
                control={control}
                name={`${field}.${language}`}
                id={`bed-${field}-${language}`}
                label={t(`deskTestbeds.languages.${language}`)}
                multiline={field === 'description' || field === 'terms'}
              />
            ))}
          </div>
          {missing[field].length > 0 && (
            <p className="desk-missing" data-testid={`missing-${field}`}>
              {t('deskTestbed.missing', { languages: missing[field].map((language) => t(`deskTestbeds.languages.${language}`)).join(', ') })}
            </p>
          )}
        </fieldset>
      ))}
    </>
  );
}

function MapPicker({ control, label, onPick }: { control: Control<TestbedValues>; label: string; onPick: (point: { lat: number; lon: number }) => void }) {
  const [lat, lon] = useWatch({ control, name: ['lat', 'lon'] });
  const point = lat.trim() && lon.trim() ? { lat: Number(lat.replace(',', '.')), lon: Number(lon.replace(',', '.')) } : null;
  return <PickPointMap point={point} label={label} onPick={onPick} className="desk-map" />;
}

function Windows({ control }: { control: Control<TestbedValues> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'availability' });
  return (
    <fieldset className="desk-fieldset">
      <legend>{t('deskTestbed.fields.availability')}</legend>
      <p className="desk-help">{t('deskTestbed.availabilityHelp')}</p>
      {fields.map((field, index) => (
        <div key={field.id} className="desk-row">
          <TextInputField control={control} name={`availability.${index}.start`} id={`bed-window-${index}-start`} label={t('deskTestbed.windowStart', { n: index + 1 })} type="date" />
          <TextInputField control={control} name={`availability.${index}.end`} id={`bed-window-${index}-end`} label={t('deskTestbed.windowEnd', { n: index + 1 })} type="date" />
          <Button type="button" variant="clear" onClick={() => remove(index)}>
            {t('deskTestbed.removeWindow', { n: index + 1 })}
          </Button>
        </div>
      ))}
      <Button type="button" variant="secondary" onClick={() => append({ start: '', end: '' })}>
        {t('deskTestbed.addWindow')}
      </Button>
    </fieldset>
  );
}

function DataSets({ control }: { control: Control<TestbedValues> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'dataSets' });
  return (
    <fieldset className="desk-fieldset">
      <legend>{t('deskTestbed.fields.dataSets')}</legend>
      {fields.map((field, index) => (
        <div key={field.id} className="desk-row">
          <TextInputField control={control} name={`dataSets.${index}.title`} id={`bed-data-${index}-title`} label={t('deskTestbed.dataTitle', { n: index + 1 })} />
          <TextInputField control={control} name={`dataSets.${index}.url`} id={`bed-data-${index}-url`} label={t('deskTestbed.dataUrl', { n: index + 1 })} type="text" inputMode="text" />
          <Button type="button" variant="clear" onClick={() => remove(index)}>
            {t('deskTestbed.removeData', { n: index + 1 })}
          </Button>
        </div>
      ))}
      <Button type="button" variant="secondary" onClick={() => append({ title: '', url: '' })}>
        {t('deskTestbed.addData')}
      </Button>
    </fieldset>
  );
}

function Cost({ control }: { control: Control<TestbedValues> }) {
  const { t } = useTranslation();
  const kind = useWatch({ control, name: 'costKind' });
  return (
    <>
      <SelectField
        control={control}
        name="costKind"
        id="bed-cost"
        label={t('deskTestbed.fields.cost')}
        options={[
          { value: '', label: t('deskTestbed.costUnknown') },
          ...(['free', 'fee', 'negotiable'] as const).map((value) => ({ value, label: t(`deskTestbed.costKinds.${value}`) })),
        ]}
      />
      {kind === 'fee' && (
        <div className="desk-row">
          <TextInputField control={control} name="costAmount" id="bed-cost-amount" label={t('deskTestbed.costAmount')} inputMode="text" required />
          <SelectField
            control={control}
            name="costUnit"
            id="bed-cost-unit"
            label={t('deskTestbed.costUnit')}
            options={(['day', 'week', 'month', 'pilot'] as const).map((value) => ({ value, label: t(`deskTestbed.costUnits.${value}`) }))}
          />
        </div>
      )}
    </>
  );
}

/**
 * The bed's bookings: a month grid (each booking on its days with its state, the availability
 * windows marked), or as a list by start date; the choice of view is kept while on the page.
 */
function Bookings({ bed }: { bed: Testbed }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const bookings = useTestbedBookings(bed.id);
  const [view, setView] = useState<'calendar' | 'list'>('calendar');
  return (
    <section aria-labelledby="bed-bookings" className="desk-section">
      <h2 id="bed-bookings">{t('deskTestbed.bookings')}</h2>
      <p>{t('deskTestbed.bookingsHelp', { capacity: bed.capacity })}</p>
      <div className="row-actions" role="group" aria-label={t('deskTestbed.calendar.view')}>
        {(['calendar', 'list'] as const).map((option) => (
          <Button key={option} variant={view === option ? 'primary' : 'secondary'} aria-pressed={view === option} onClick={() => setView(option)} data-testid={`bookings-view-${option}`}>
            {t(`deskTestbed.calendar.${option}View`)}
          </Button>
        ))}
      </div>
      {bookings.isPending ? (
        <LoadingSpinner />
      ) : bookings.error || !bookings.data ? (
        <ErrorMessage error={bookings.error} onRetry={() => void bookings.refetch()} />
      ) : view === 'calendar' ? (
        <BookingCalendar bookings={bookings.data.items} windows={bed.availability} locale={locale} />
      ) : bookings.data.items.length === 0 ? (
        <p>{t('deskTestbed.noBookings')}</p>
      ) : (
        <Table
          caption={t('deskTestbed.bookings')}
          hideCaption
          rowKey={(booking) => booking.id}
          rows={bookings.data.items}
          columns={[
            { key: 'period', header: t('deskBookings.period'), render: (booking) => formatPeriod(booking.start, booking.end, locale) },
            { key: 'state', header: t('deskBookings.state'), render: (booking) => <StatusLabel type={STATE_STATUS[booking.state as BookingState]}>{t(`deskBookings.states.${booking.state}`)}</StatusLabel> },
            { key: 'participants', header: t('deskBookings.participants'), render: (booking) => booking.participants },
            { key: 'purpose', header: t('deskBookings.purpose'), render: (booking) => booking.purpose },
          ]}
        />
      )}
      <p>
        <Link to={paths.deskBookings(locale, `testbed=${bed.id}&city=${bed.cityId}`)}>{t('deskTestbed.bookingsInbox')}</Link>
      </p>
    </section>
  );
}
