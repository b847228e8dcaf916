import { type Control, type FieldValues, type Path, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextInputField } from '../../common/formFields/TextInputField';
import { LOCALES } from '../app/i18n/locales';

/**
 * One text in fi, sv and en side by side (the field `name` holds `{ fi, sv, en }`), with the
 * languages it still lacks named under it once any is written.
 */
export function LocalizedFields<T extends FieldValues>({
  control,
  name,
  idPrefix,
  legend,
  help,
  required,
  multiline,
}: {
  control: Control<T>;
  name: Path<T>;
  idPrefix: string;
  legend: string;
  help?: string;
  required?: boolean;
  multiline?: boolean;
}) {
  const { t } = useTranslation();
  const texts = (useWatch({ control, name }) ?? {}) as Partial<Record<(typeof LOCALES)[number], string>>;
  const written = LOCALES.filter((language) => texts[language]?.trim());
  const missing = written.length ? LOCALES.filter((language) => !written.includes(language)) : [];
  return (
    <fieldset className="desk-fieldset">
      <legend>
        {legend}
        {required && <span className="hds-text-input__required">*</span>}
      </legend>
      {help && <p className="desk-help">{help}</p>}
      <div className="desk-languages">
        {LOCALES.map((language) => (
          <TextInputField key={language} control={control} name={`${name}.${language}` as Path<T>} id={`${idPrefix}-${language}`} label={t(`deskTestbeds.languages.${language}`)} multiline={multiline} />
        ))}
      </div>
      {missing.length > 0 && (
        <p className="desk-missing" data-testid={`missing-${idPrefix}`}>
          {t('deskTestbed.missing', { languages: missing.map((language) => t(`deskTestbeds.languages.${language}`)).join(', ') })}
        </p>
      )}
    </fieldset>
  );
}
