import './select.css';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps {
  id: string;
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  name?: string;
}

/**
 * A native select in HDS's form-field look (hds-react 5's Select is a large custom widget; the
 * browser's own is smaller and as accessible for a plain choice of one).
 */
export function Select({ id, label, value, options, onChange, name }: SelectProps) {
  return (
    <div className="select-field">
      <label className="select-field__label" htmlFor={id}>
        {label}
      </label>
      <select className="select-field__input" id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
