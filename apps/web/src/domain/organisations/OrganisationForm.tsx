import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import type { Organisation } from '../../api/types';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { SelectField } from '../../common/formFields/SelectField';
import { TextInputField } from '../../common/formFields/TextInputField';
import { useServerErrors } from '../app/api/useServerErrors';

type Create = components['schemas']['CreateOrganisationDto'];
export type OrganisationInput = Create;

export const ORGANISATION_TYPES = ['company', 'research_organisation', 'association', 'public_body', 'city_organisation'] as const satisfies readonly Create['type'][];
export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const satisfies readonly Create['sizeClass'][];

export interface OrganisationValues {
  name: string;
  type: Create['type'];
  /** A Finnish organisation has a business ID (Y-tunnus); a foreign one its own registration id and country. */
  registration: 'finnish' | 'foreign';
  businessId: string;
  foreignRegistrationId: string;
  country: string;
  homeMunicipality: string;
  sizeClass: Create['sizeClass'];
  emailDomain: string;
}
const FIELDS = ['name', 'type', 'businessId', 'foreignRegistrationId', 'country', 'homeMunicipality', 'sizeClass', 'emailDomain'] as const;

/** Y-tunnus: seven digits, a hyphen and the check digit (the API checks the digit). */
const BUSINESS_ID = /^\d{7}-\d$/;

export function valuesOf(org?: Organisation): OrganisationValues {
  return {
    name: org?.name ?? '',
    type: (org?.type as Create['type'] | undefined) ?? 'company',
    registration: org && !org.businessId && org.foreignRegistrationId ? 'foreign' : 'finnish',
    businessId: org?.businessId ?? '',
    foreignRegistrationId: org?.foreignRegistrationId ?? '',
    country: org && org.country !== 'FI' && org.country !== 'XX' ? org.country : '',
    homeMunicipality: org?.homeMunicipality ?? '',
    sizeClass: (org?.sizeClass as Create['sizeClass'] | undefined) ?? 'micro',
    emailDomain: org?.emailDomain ?? '',
  };
}

/** The body the API takes: one registration number, the other left out; empty optional fields left out. */
export function inputOf(values: OrganisationValues): OrganisationInput {
  const finnish = values.registration === 'finnish';
  return {
    name: values.name.trim(),
    type: values.type,
    ...(finnish ? { businessId: values.businessId.trim() } : { foreignRegistrationId: values.foreignRegistrationId.trim() }),
    ...(!finnish && values.country.trim() ? { country: values.country.trim().toUpperCase() } : {}),
    homeMunicipality: values.homeMunicipality.trim(),
    sizeClass: values.sizeClass,
    ...(values.emailDomain.trim() ? { emailDomain: values.emailDomain.trim() } : {}),
  };
}

/**
 * The organisation's details, for creating one and for editing it. The API says whether a
 * business ID or a foreign id is wanted (exactly one); the form asks which applies and shows that
 * field. The API's field problems appear at their fields.
 */
export function OrganisationForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: Organisation;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: OrganisationInput, showServerErrors: (error: unknown) => boolean) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { control, handleSubmit, setError, watch, setFocus } = useForm<OrganisationValues>({ defaultValues: valuesOf(initial) });
  const editing = initial !== undefined;
  // Opening the form to edit moves focus to its first field (a new one starts from the page's heading).
  useEffect(() => {
    if (editing) setFocus('name');
  }, [editing, setFocus]);
  const showServerErrors = useServerErrors(setError, FIELDS);
  const finnish = watch('registration') === 'finnish';
  const required = { value: true, message: t('forms.required') };
  return (
    <>
      {error ? <ErrorMessage error={error} /> : null}
      <form className="form" onSubmit={handleSubmit((values) => onSubmit(inputOf(values), showServerErrors))} noValidate>
        <TextInputField control={control} name="name" id="org-name" label={t('organisations.name')} autoComplete="organization" required rules={{ required, minLength: { value: 2, message: t('fieldErrors.name') } }} />
        <SelectField control={control} name="type" id="org-type" label={t('organisations.type')} options={ORGANISATION_TYPES.map((value) => ({ value, label: t(`organisations.types.${value}`) }))} />
        <SelectField
          control={control}
          name="registration"
          id="org-registration"
          label={t('organisations.registration')}
          options={[
            { value: 'finnish', label: t('organisations.finnish') },
            { value: 'foreign', label: t('organisations.foreign') },
          ]}
        />
        {finnish ? (
          <TextInputField
            control={control}
            name="businessId"
            id="org-business-id"
            label={t('organisations.businessId')}
            helperText={t('organisations.businessIdHelp')}
            required
            rules={{ required, pattern: { value: BUSINESS_ID, message: t('fieldErrors.businessId') } }}
          />
        ) : (
          <>
            <TextInputField control={control} name="foreignRegistrationId" id="org-foreign-id" label={t('organisations.foreignRegistrationId')} required rules={{ required }} />
            <TextInputField
              control={control}
              name="country"
              id="org-country"
              label={t('organisations.country')}
              helperText={t('organisations.countryHelp')}
              autoComplete="country"
              rules={{ pattern: { value: /^\s*[A-Za-z]{2}\s*$/, message: t('fieldErrors.country') } }}
            />
          </>
        )}
        <TextInputField control={control} name="homeMunicipality" id="org-municipality" label={t('organisations.homeMunicipality')} helperText={t('organisations.homeMunicipalityHelp')} required rules={{ required }} />
        <SelectField control={control} name="sizeClass" id="org-size" label={t('organisations.sizeClass')} options={SIZE_CLASSES.map((value) => ({ value, label: t(`organisations.sizes.${value}`) }))} />
        <TextInputField control={control} name="emailDomain" id="org-domain" label={t('organisations.emailDomain')} helperText={t('organisations.emailDomainHelp')} />
        <div className="actions">
          <Button type="submit" disabled={pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button type="button" variant="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </div>
      </form>
    </>
  );
}
