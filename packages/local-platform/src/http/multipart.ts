// A small multipart/form-data reader for the upload endpoints. Kore's web SDK builds its bodies by hand: each file
// part carries base64 text with `Content-Transfer-Encoding: base64`; browsers' FormData sends raw bytes. Both work.
import { badRequest } from '../errors.js';

export interface FormPart {
  name: string;
  filename?: string;
  contentType?: string;
  /** The part's bytes, base64 already decoded when the part said it was base64. */
  data: Buffer;
  /** True when the part was declared base64 (`Content-Transfer-Encoding: base64`). */
  base64: boolean;
}

export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data/i.test(contentType.trim())) return undefined;
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

function headerValue(headers: string, name: string): string | undefined {
  const line = headers.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

function dispositionParam(disposition: string, param: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${param}="([^"]*)"`, 'i').exec(disposition) ?? new RegExp(`(?:^|;)\\s*${param}=([^;]+)`, 'i').exec(disposition);
  return match?.[1]?.trim();
}

/** Every part of a multipart body, in order. Throws a 400 that says what is wrong with a malformed one. */
export function parseMultipart(body: Buffer, boundary: string): FormPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: FormPart[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) throw badRequest('INVALID_MULTIPART', 'The multipart body does not contain its boundary.');
  for (;;) {
    at += delimiter.length;
    // `--` after a delimiter ends the body.
    if (body[at] === 0x2d && body[at + 1] === 0x2d) break;
    if (body.subarray(at, at + 2).equals(CRLF)) at += 2;
    const headerEnd = body.indexOf(HEADER_END, at);
    if (headerEnd < 0) throw badRequest('INVALID_MULTIPART', 'A multipart part has no blank line after its headers.');
    const headers = body.subarray(at, headerEnd).toString('utf8');
    const start = headerEnd + HEADER_END.length;
    const next = body.indexOf(delimiter, start);
    if (next < 0) throw badRequest('INVALID_MULTIPART', 'The multipart body is not closed by its boundary.');
    // The CRLF before the next delimiter belongs to the delimiter, not to the part.
    const end = body.subarray(next - 2, next).equals(CRLF) ? next - 2 : next;
    const disposition = headerValue(headers, 'content-disposition') ?? '';
    const name = dispositionParam(disposition, 'name');
    if (name) {
      const base64 = (headerValue(headers, 'content-transfer-encoding') ?? '').toLowerCase() === 'base64';
      const raw = body.subarray(start, end);
      const part: FormPart = { name, data: base64 ? Buffer.from(raw.toString('latin1').replace(/\s+/g, ''), 'base64') : Buffer.from(raw), base64 };
      const filename = dispositionParam(disposition, 'filename');
      if (filename !== undefined) part.filename = filename;
      const contentType = headerValue(headers, 'content-type');
      if (contentType) part.contentType = contentType;
      parts.push(part);
    }
    at = next;
  }
  return parts;
}
