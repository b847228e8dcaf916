import 'hds-core/lib/components/checkbox/checkbox.min.css';
import { type FieldPath, get, type UseFormReturn } from 'react-hook-form';
import { describedBy, FieldFrame } from '../../common/components/textInput/FieldFrame';
import '../../common/components/select/select.css';
import type { DraftValues } from './draft';

/*
 * The form-binding layer of the application form: HDS's field markup (hds-core) registered with
 * react-hook-form, each showing the error react-hook-form holds for it (the API's field errors are
 * put there by the autosave), tied to the input for screen readers.
 */
type Form = UseFormReturn<DraftValues>;

interface FieldProps {
  form: Form;
  name: FieldPath<DraftValues>;
  label: string;
  helperText?: string;
  required?: boolean;
}

const idOf = (name: string) => `field-${name.replace(/\./g, '-')}`;

function errorOf(form: Form, name: string): string | undefined {
  return (get(form.formState.errors, name) as { message?: string } | undefined)?.message;
}

export function TextField({ form, name, label, helperText, required, type = 'text', inputMode }: FieldProps & { type?: 'text' | 'date'; inputMode?: 'decimal' }) {
  const id = idOf(name);
  const error = errorOf(form, name);
  return (
    <FieldFrame id={id} label={label} errorText={error} helperText={helperText} required={required}>
      <input
        id={id}
        className="hds-text-input__input"
        type={type}
        inputMode={inputMode}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, helperText)}
        {...form.register(name)}
      />
    </FieldFrame>
  );
}

export function TextAreaField({ form, name, label, helperText, required, rows = 6 }: FieldProps & { rows?: number }) {
  const id = idOf(name);
  const error = errorOf(form, name);
  return (
    <FieldFrame id={id} label={label} errorText={error} helperText={helperText} required={required}>
      <textarea
        id={id}
        className="hds-text-input__input textarea"
        rows={rows}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, helperText)}
        {...form.register(name)}
      />
    </FieldFrame>
  );
}

export function SelectField({ form, name, label, options }: FieldProps & { options: { value: string; label: string }[] }) {
  const id = idOf(name);
  const error = errorOf(form, name);
  return (
    <div className="select-field">
      <label className="select-field__label" htmlFor={id}>
        {label}
      </label>
      <select className="select-field__input" id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...form.register(name)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

export function CheckboxField({ form, name, label, value }: FieldProps & { value?: string }) {
  const id = value ? `${idOf(name)}-${value}` : idOf(name);
  return (
    <div className="hds-checkbox">
      <input id={id} className="hds-checkbox__input" type="checkbox" value={value} {...form.register(name)} />
      <label htmlFor={id} className="hds-checkbox__label">
        {label}
      </label>
    </div>
  );
}

export { idOf };
