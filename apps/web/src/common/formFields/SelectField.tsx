import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { Select, type SelectOption } from '../components/select/Select';

/** A native select bound to a react-hook-form form. */
export function SelectField<T extends FieldValues>({ control, name, id, label, options }: { control: Control<T>; name: Path<T>; id: string; label: string; options: SelectOption[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <Select id={id} name={field.name} label={label} value={(field.value as string | undefined) ?? ''} options={options} onChange={field.onChange} />}
    />
  );
}
