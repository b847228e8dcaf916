import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Me } from '../../api/types';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { SelectField } from '../../common/formFields/SelectField';
import { TextInputField } from '../../common/formFields/TextInputField';
import { api, unwrap } from '../app/api/client';
import { useServerErrors } from '../app/api/useServerErrors';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { SignedIn } from '../account/SignedIn';
import { useTestbed } from '../testbeds/queries';
import { BOOKINGS_KEY } from './queries';

interface Values {
  organisationId: string;
  start: string;
  end: string;
  participants: string;
  purpose: string;
}
const FIELDS = ['organisationId', 'start', 'end', 'participants', 'purpose'] as const;

/** A booking request for a test bed: which of the user's organisations, the period, how many take part and why; the city decides. */
export function RequestBookingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const { data: bed, error, isPending, refetch } = useTestbed(locale, id);
  const title = bed ? t('bookings.requestTitle', { name: bed.name }) : t('testbeds.requestBooking');
  return (
    <div className="container narrow">
      <PageTitle title={title} />
      <h1>{title}</h1>
      {isPending ? <LoadingSpinner /> : error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : <SignedIn>{(me) => <RequestForm testbedId={id} me={me} />}</SignedIn>}
    </div>
  );
}

function RequestForm({ testbedId, me }: { testbedId: string; me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { control, handleSubmit, setError, getValues } = useForm<Values>({
    defaultValues: { organisationId: me.memberships[0]?.organisationId ?? '', start: '', end: '', participants: '1', purpose: '' },
  });
  const showServerErrors = useServerErrors(setError, FIELDS);
  const request = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        api.POST('/api/v1/testbeds/{id}/bookings', {
          params: { path: { id: testbedId } },
          body: { organisationId: values.organisationId, start: values.start, end: values.end, participants: Number(values.participants), purpose: values.purpose.trim() },
        }),
      ),
    onSuccess: async (booking) => {
      await queryClient.invalidateQueries({ queryKey: BOOKINGS_KEY });
      navigate(paths.booking(locale, booking.id));
    },
    onError: (error) => showServerErrors(error),
  });
  if (me.memberships.length === 0) {
    return (
      <>
        <p>{t('bookings.needOrganisation')}</p>
        <Link to={paths.newOrganisation(locale)} button>
          {t('organisations.create')}
        </Link>
      </>
    );
  }
  const required = { value: true, message: t('forms.required') };
  return (
    <>
      <p>{t('bookings.requestIntro')}</p>
      {request.isError && <ErrorMessage error={request.error} />}
      <form className="form" onSubmit={handleSubmit((values) => request.mutate(values))} noValidate>
        <SelectField
          control={control}
          name="organisationId"
          id="booking-organisation"
          label={t('bookings.organisation')}
          options={me.memberships.map((m) => ({ value: m.organisationId, label: m.organisationName }))}
        />
        <TextInputField control={control} name="start" id="booking-start" type="date" label={t('bookings.start')} required rules={{ required }} />
        <TextInputField
          control={control}
          name="end"
          id="booking-end"
          type="date"
          label={t('bookings.end')}
          required
          rules={{ required, validate: (end) => !getValues('start') || end >= getValues('start') || t('fieldErrors.end') }}
        />
        <TextInputField
          control={control}
          name="participants"
          id="booking-participants"
          label={t('bookings.participants')}
          inputMode="numeric"
          required
          rules={{ required, pattern: { value: /^[1-9][0-9]{0,4}$/, message: t('fieldErrors.participants') } }}
        />
        <TextInputField
          control={control}
          name="purpose"
          id="booking-purpose"
          multiline
          label={t('bookings.purpose')}
          helperText={t('bookings.purposeHelp')}
          maxLength={2000}
          required
          rules={{ required, minLength: { value: 3, message: t('fieldErrors.purpose') } }}
        />
        <Button type="submit" disabled={request.isPending}>
          {t('bookings.send')}
        </Button>
      </form>
    </>
  );
}
