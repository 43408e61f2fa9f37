import { cloneElement, type ReactElement, type ReactNode } from 'react';

type ControlProps = Record<string, unknown> & { readonly id?: string };

interface HintedProps extends ControlProps {
  /** The short text under the field (nothing drawn when empty). */
  readonly hint?: ReactNode;
  /** The field's control (Input, Select, Checkbox …). */
  readonly children: ReactElement<ControlProps>;
}

/** Both handlers run when the form and the control each give one: the form's first, as a form item does. */
function merged(own: unknown, given: unknown): unknown {
  if (typeof own !== 'function' || typeof given !== 'function') return given ?? own;
  return (...args: unknown[]) => {
    (given as (...a: unknown[]) => unknown)(...args);
    return (own as (...a: unknown[]) => unknown)(...args);
  };
}

/** The ids that describe the control, space-separated: the form's (its error message), the control's, the hint. */
function describedBy(...ids: unknown[]): string | undefined {
  return ids.filter((id): id is string => typeof id === 'string' && id !== '').join(' ') || undefined;
}

/**
 * A form control with a short hint under it, for use as a `Form.Item`'s child: what the item's `extra` shows,
 * drawn once. The item's `extra` measures its own height after every drawing and draws the item again with it,
 * which on a long form (a person's page has several) is one forced layout and one more render per hint: the
 * registry's long forms use this, a short dialog may keep `extra`. The
 * item's props (value, change handler, id) go on to the control; the hint is named by the control's
 * `aria-describedby` beside the form's error message, so a screen reader reads both with the field.
 */
export function Hinted({ hint, children, ...given }: HintedProps) {
  const own = children.props;
  const props: ControlProps = { ...given };
  for (const [key, value] of Object.entries(given)) if (key.startsWith('on')) props[key] = merged(own[key], value);
  const hintId = hint && given.id ? `${given.id}_hint` : undefined;
  return (
    <>
      {cloneElement(children, {
        ...props,
        'aria-describedby': describedBy(given['aria-describedby'], own['aria-describedby'], hintId),
      })}
      {hint ? (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      ) : null}
    </>
  );
}
