// The link allow-list. Bot content is untrusted: only these schemes may become a link, image or attachment.
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * True when `url` is an absolute http, https, mailto or tel URL with no whitespace, control characters or
 * other obfuscation (`java\tscript:`, `&#106;avascript:`, ` javascript:`, `//host`) that a browser might
 * read differently from us.
 */
export function isSafeUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return false;
  // Whitespace and control characters (C0, DEL, C1) anywhere: browsers strip some of them before parsing.
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c <= 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff) return false;
  }
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]{0,20}):/.exec(url);
  if (!match?.[1]) return false;
  const scheme = match[1].toLowerCase();
  if (!SAFE_SCHEMES.has(scheme)) return false;
  if (scheme === 'http' || scheme === 'https') return /^[a-z]+:\/\/[^/?#\\]/i.test(url);
  return url.length > scheme.length + 1;
}

/** Attachments and media must be fetched over http(s). */
export function isHttpUrl(url: unknown): url is string {
  return isSafeUrl(url) && /^https?:/i.test(url);
}
