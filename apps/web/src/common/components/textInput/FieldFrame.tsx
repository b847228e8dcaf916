import type { ReactNode } from 'react';
import 'hds-core/lib/components/text-input/text-input.min.css';

export interface FieldFrameProps {
  /** The id of the input or text area inside: the label points at it, its texts are named after it. */
  id: string;
  label: string;
  errorText?: string;
  helperText?: string;
  required?: boolean;
  /** The input or text area (class `hds-text-input__input`), described by `describedBy(...)`. */
  children: ReactNode;
}

/** The ids of a field's error and helper texts, for the input's `aria-describedby`. */
export function describedBy(id: string, errorText?: string, helperText?: string): string | undefined {
  return [errorText ? `${id}-error` : null, helperText ? `${id}-helper` : null].filter(Boolean).join(' ') || undefined;
}

/**
 * HDS's text-input frame in hds-core's markup: the label (with the required mark), the input it
 * wraps, the error text (which marks the field invalid) and the helper text. Shared by the
 * controlled `TextInput` and the application form's registered fields.
 */
export function FieldFrame({ id, label, errorText, helperText, required, children }: FieldFrameProps) {
  return (
    <div className={errorText ? 'hds-text-input hds-text-input--invalid' : 'hds-text-input'}>
      <label htmlFor={id} className="hds-text-input__label">
        {label}
        {required && <span className="hds-text-input__required">*</span>}
      </label>
      <div className="hds-text-input__input-wrapper">{children}</div>
      {errorText && (
        <span id={`${id}-error`} className="hds-text-input__error-text">
          {errorText}
        </span>
      )}
      {helperText && (
        <span id={`${id}-helper`} className="hds-text-input__helper-text">
          {helperText}
        </span>
      )}
    </div>
  );
}
