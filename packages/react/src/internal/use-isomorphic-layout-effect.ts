import { useEffect, useLayoutEffect } from 'react';

/** useLayoutEffect in a browser; useEffect on a server, where React 18 warns that layout effects do nothing. */
export const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
