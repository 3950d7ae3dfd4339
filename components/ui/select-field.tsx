import { FieldFrame } from "./field-frame";

/** A labelled select of [value, label] options, preset to `value`, with its hint and error beside it (the teacher's collection forms). */
export function SelectField({
  id,
  name,
  label,
  value,
  options,
  hint,
  error,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  hint?: string;
  error?: string;
  /** For a form that shows other fields depending on the choice. */
  onChange?: (value: string) => void;
}) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <select id={id} name={name} defaultValue={value} {...aria} onChange={onChange ? (e) => onChange(e.target.value) : undefined}>
          {options.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
