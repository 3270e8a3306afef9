import { http } from 'msw';
import type { MockBackend } from '../domain/backend';
import { exportDecisionsCsv, exportFilename, parseExportQuery } from '../domain/decisions-export';
import { authed } from './kit';

/** Files for supervisors: 401 without a session, 403 for reviewers, 400 for a bad range or filter. */
export function exportHandlers(backend: MockBackend) {
  return [
    http.get(
      '/api/decisions/export',
      authed(backend, ({ request, actor }) => {
        const view = backend.metricsView(actor);
        const regions = view.world.regions.map((r) => r.code);
        const query = parseExportQuery(new URL(request.url).searchParams, regions);
        return new Response(exportDecisionsCsv(view, query), {
          status: 200,
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': `attachment; filename="${exportFilename(query)}"`,
            'Cache-Control': 'private, no-store',
          },
        });
      }),
    ),
  ];
}
