// The stylesheet (the kit's styles.css with rem turned into px, plus host.css) is put in by the build as one
// string; a test run, which has no build, gets none.
declare const __XO_EMBED_CSS__: string | undefined;

export const EMBED_CSS: string = typeof __XO_EMBED_CSS__ === 'string' ? __XO_EMBED_CSS__ : '';

let shared: CSSStyleSheet | null = null;

/**
 * Puts the stylesheet into a shadow root and returns how to take it out. A constructed stylesheet (shared by
 * every chat on the page, and not an inline style a strict Content-Security-Policy would block) where the
 * browser has them; a <style> element elsewhere.
 */
export function adoptStyles(shadow: ShadowRoot): () => void {
  if (canConstruct(shadow)) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(EMBED_CSS);
    }
    return adopt(shadow, shared);
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = EMBED_CSS;
  shadow.prepend(style);
  return () => style.remove();
}

function adopt(shadow: ShadowRoot, sheet: CSSStyleSheet): () => void {
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  return () => {
    shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

function canConstruct(shadow: ShadowRoot): boolean {
  if (!('adoptedStyleSheets' in shadow) || typeof CSSStyleSheet === 'undefined') return false;
  try {
    new CSSStyleSheet().replaceSync('');
    return true;
  } catch {
    return false;
  }
}
