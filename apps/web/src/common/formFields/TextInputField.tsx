import { type Control, Controller, type FieldValues, type Path, type RegisterOptions } from 'react-hook-form';
import { TextInput, type TextInputProps } from '../components/textInput/TextInput';

export type TextInputFieldProps<T extends FieldValues> = Omit<TextInputProps, 'value' | 'onChange' | 'errorText' | 'name'> & {
  control: Control<T>;
  name: Path<T>;
  rules?: RegisterOptions<T, Path<T>>;
};

/**
 * A text input bound to a react-hook-form form: its value, its own checks and the API's problem
 * for the field (set with `setError`) shown under it.
 */
export function TextInputField<T extends FieldValues>({ control, name, rules, ...input }: TextInputFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      rules={rules}
      render={({ field, fieldState }) => (
        <TextInput {...input} ref={field.ref} name={field.name} value={(field.value as string | undefined) ?? ''} onChange={field.onChange} errorText={fieldState.error?.message} />
      )}
    />
  );
}
