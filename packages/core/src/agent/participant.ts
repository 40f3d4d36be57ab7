// Kore's `author` object to the public Participant. Untrusted: names are cut to a sane length, pictures must be http(s).
import type { Participant } from '../types';
import { isHttpUrl } from '../url';
import { idString, isRecord, str } from '../util/json';

const AVATAR_KEYS = ['profImage', 'profileImage', 'avatar', 'avatarUrl', 'icon', 'imageUrl'] as const;

/** True when `author` names a live agent (`type: 'AGENT'`, any case). */
export function isAgentAuthor(author: unknown): boolean {
  return isRecord(author) && str(author.type)?.toUpperCase() === 'AGENT';
}

/** The agent an `author` object names, or undefined when it names no agent. */
export function participantOf(author: unknown): Participant | undefined {
  if (!isRecord(author) || !isAgentAuthor(author)) return undefined;
  const full = [str(author.firstName), str(author.lastName)].filter((s) => s && s.trim()).join(' ');
  const name = (full || str(author.name) || str(author.displayName) || '').trim().slice(0, 80);
  const p: Participant = { name };
  const id = idString(author.id) ?? idString(author._id);
  if (id) p.id = id;
  for (const key of AVATAR_KEYS) {
    const url = str(author[key])?.trim();
    if (isHttpUrl(url)) {
      p.avatarUrl = url;
      break;
    }
  }
  return p;
}

/** The same person: by id when both have one, else by name. */
export function sameParticipant(a: Participant, b: Participant): boolean {
  return a.id !== undefined && b.id !== undefined ? a.id === b.id : a.name === b.name;
}
