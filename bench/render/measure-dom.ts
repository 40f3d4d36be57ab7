// Finding a message by its marker and timing "painted": the frame after commit in which it is visible, then the
// task after that frame (a MessageChannel message runs after the frame's paint).

export function afterPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/** The deepest element whose own text holds the marker, or null. */
export function findMarker(marker: string): HTMLElement | null {
  const hit = document.evaluate(
    `//text()[contains(., '${marker}')]`,
    document.body,
    null,
    XPathResult.FIRST_ORDERED_NODE_TYPE,
    null,
  ).singleNodeValue;
  return hit?.parentElement ?? null;
}

/** The nearest ancestor that scrolls vertically (the transcript's scroller). */
export function scrollerOf(element: Element): HTMLElement | null {
  for (let el = element.parentElement; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight) return el;
  }
  return null;
}

export function isVisible(element: HTMLElement): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.height === 0 || rect.width === 0) return false;
  const clip = scrollerOf(element)?.getBoundingClientRect() ?? new DOMRect(0, 0, innerWidth, innerHeight);
  return rect.bottom > clip.top && rect.top < clip.bottom && rect.bottom > 0 && rect.top < innerHeight;
}

/** Resolves with performance.now() after the first frame in which the marker is visible, painted. */
export function whenPainted(marker: string, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      const element = findMarker(marker);
      if (element && isVisible(element)) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
        return;
      }
      if (performance.now() - started > timeoutMs) {
        reject(new Error(`${marker} was not visible after ${timeoutMs} ms (found in DOM: ${element !== null})`));
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
