import { agentRoutes } from '../agent/routes.js';
import type { ResolvedOptions } from '../options.js';
import { adminRoutes } from './admin.js';
import { assetRoutes } from './assets.js';
import { attachmentRoutes, fileRoutes } from './attachments.js';
import { grant } from './grant.js';
import { history } from './history.js';
import { rtmStart } from './rtm-start.js';
import { activeTheme } from './theme.js';
import { devJwt } from './sts.js';
import { json } from './types.js';
import type { Route } from './types.js';

/** Kore's docs use `/api/1.1/...`, its SDK `/api/...`: serve both. */
export const API_PREFIXES = ['/api/1.1', '/api'] as const;

export function buildRoutes(options: ResolvedOptions, restart: () => Promise<void>): Route[] {
  const routes: Route[] = [];
  for (const prefix of API_PREFIXES) {
    routes.push(
      { method: 'POST', path: `${prefix}/oAuth/token/jwtgrant`, handler: grant },
      { method: 'POST', path: `${prefix}/rtm/start`, handler: rtmStart },
      { method: 'GET', path: `${prefix}/botmessages/rtm`, handler: history },
      { method: 'GET', path: `${prefix}/websdkthemes/:botId/activetheme`, handler: activeTheme },
      ...attachmentRoutes(prefix),
    );
  }
  routes.push(...fileRoutes);
  if (options.devJwt) {
    routes.push({ method: 'POST', path: '/users/sts', handler: devJwt }, { method: 'POST', path: '/api/users/sts', handler: devJwt });
  }
  routes.push(...assetRoutes);
  routes.push(...agentRoutes());
  routes.push({ method: 'GET', path: '/health', handler: () => json({ ok: true }) });
  routes.push({
    method: 'GET',
    path: '/',
    handler: (ctx) =>
      json({
        name: '@xo-chat/local-platform',
        bots: ctx.options.bots,
        devJwt: ctx.options.devJwt ? 'POST /users/sts' : 'disabled',
        faults: ctx.options.faults ? '/admin/...' : 'off',
        agentDesk: '/agent',
      }),
  });
  if (options.faults) routes.push(...adminRoutes(restart));
  return routes;
}
