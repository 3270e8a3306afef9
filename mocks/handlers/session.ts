import { delay, http, HttpResponse } from 'msw';
import { SignInSchema } from '../../src/api/generated/zod';
import type { MockBackend } from '../domain/backend';
import { authed, clearedSessionCookie, json, readBody, route, sessionCookie } from './kit';

export function sessionHandlers(backend: MockBackend) {
  return [
    http.get(
      '/api/session',
      authed(backend, ({ session, actor }) => json(backend.sessionView(session, actor))),
    ),
    http.post(
      '/api/session',
      route(backend, async ({ request }) => {
        const { username, password } = await readBody(request, SignInSchema);
        const holdBack = backend.signInDelayMs(username);
        if (holdBack > 0) await delay(holdBack);
        const { session, user } = backend.signIn(username, password);
        const secure = new URL(request.url).protocol === 'https:';
        return json(backend.sessionView(session, user), {
          headers: { 'Set-Cookie': sessionCookie(session, secure) },
        });
      }),
    ),
    http.delete(
      '/api/session',
      route(backend, ({ sessionId }) => {
        backend.signOut(sessionId);
        // HttpResponse (not Response) so that MSW's own cookie jar forgets the session too.
        return new HttpResponse(null, { status: 204, headers: { 'Set-Cookie': clearedSessionCookie } });
      }),
    ),
  ];
}
