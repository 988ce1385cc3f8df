/** A labelled form control with hint and the server's field errors (from `details` paths). */
import { useId } from 'react'
import type { InputHTMLAttributes, ReactNode } from 'react'
import { detailsFor } from '../api/errors.ts'
import type { FieldDetail } from '../api/types.ts'
import { useI18n } from '../i18n/i18n-provider.tsx'

/** Attributes a FormField hands to its control so label, hint and errors are linked. */
export interface ControlProps {
  id: string
  name: string
  'aria-invalid': boolean
  'aria-describedby': string | undefined
  required: boolean | undefined
}

/** Props of FormField: `name` is the dotted field path the API's details use (`items.0.name`). */
export interface FormFieldProps {
  label: string
  name: string
  details?: readonly FieldDetail[]
  /** Extra client-side errors (already translated). */
  errors?: readonly string[]
  hint?: string
  required?: boolean
  children: (control: ControlProps) => ReactNode
}

/** Renders label, the control given by `children(control)`, a hint and the field's errors. */
export function FormField({
  label,
  name,
  details = [],
  errors = [],
  hint,
  required,
  children,
}: FormFieldProps) {
  const { t } = useI18n()
  const id = useId()
  const messages = [...errors, ...detailsFor(details, name)]
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = messages.length > 0 ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${messages.length > 0 ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="field-required"> ({t('form.required')})</span>}
      </label>
      {children({
        id,
        name,
        'aria-invalid': messages.length > 0,
        'aria-describedby': describedBy,
        required,
      })}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {errorId && (
        <ul className="field-errors" id={errorId}>
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** A FormField around a plain `<input>`; extra props go to the input. */
export function TextField({
  label,
  name,
  details,
  errors,
  hint,
  required,
  ...input
}: Omit<FormFieldProps, 'children'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'required'>) {
  return (
    <FormField
      label={label}
      name={name}
      details={details}
      errors={errors}
      hint={hint}
      required={required}
    >
      {(control) => <input {...input} {...control} />}
    </FormField>
  )
}
