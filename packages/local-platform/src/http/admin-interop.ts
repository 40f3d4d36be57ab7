// The admin API for what Kore's own clients need beyond messages: the branding document `activetheme` serves,
// and the delivery/read receipts clients sent.
import type { PlatformContext } from '../context.js';
import { badRequest } from '../errors.js';
import { receiptsOf } from '../store/receipts.js';
import { getTheme, setTheme } from './theme.js';
import { json } from './types.js';
import type { ApiReply, ApiRequest, Route } from './types.js';

export const INTEROP_ADMIN_PATHS = {
  theme: '/admin/theme',
  receipts: '/admin/receipts',
} as const;

/** `GET /admin/receipts[?userId=|identity=]`: receipts oldest first (everyone's newest 1000 without a user). */
function listReceipts(ctx: PlatformContext, req: ApiRequest): ApiReply {
  const who = req.url.searchParams.get('userId') ?? req.url.searchParams.get('identity');
  if (who === null || who === '') return json({ receipts: receiptsOf(ctx.store) });
  const user = ctx.store.findUser(who);
  if (!user) throw badRequest('UNKNOWN_USER', `No user with id or identity ${JSON.stringify(who)}.`);
  return json({ userId: user.userId, receipts: receiptsOf(ctx.store, user.userId) });
}

export function interopAdminRoutes(): Route[] {
  return [
    { method: 'GET', path: INTEROP_ADMIN_PATHS.theme, handler: getTheme },
    { method: 'POST', path: INTEROP_ADMIN_PATHS.theme, handler: setTheme },
    { method: 'GET', path: INTEROP_ADMIN_PATHS.receipts, handler: listReceipts },
  ];
}
