import type { ReactElement, Ref } from 'react';

type Getter = (() => unknown) & { isReactWarning?: boolean };

function warningGetter(target: object, key: string): boolean {
  const get = Object.getOwnPropertyDescriptor(target, key)?.get as Getter | undefined;
  return Boolean(get?.isReactWarning);
}

/**
 * The ref an element was created with, on React 18 and 19. React 18 keeps it on `element.ref` (reading
 * `props.ref` gives undefined and warns); React 19 keeps it in `props.ref` (reading `element.ref` warns). In
 * development each puts a warning getter on the place it does not use, which tells the two apart without
 * reading the wrong one; in production neither has a getter and one of the two is set.
 */
export function getElementRef<T>(element: ReactElement): Ref<T> | undefined {
  const props = element.props as { ref?: Ref<T> };
  const legacy = element as unknown as { ref?: Ref<T> | null };
  if (warningGetter(props, 'ref')) return legacy.ref ?? undefined;
  if (warningGetter(element, 'ref')) return props.ref;
  return props.ref ?? legacy.ref ?? undefined;
}
