import { ApiError } from '../api-error';
import { apiCredentials, apiUrl, failureOf } from '../client';
import type { RejectionReason } from '../generated/zod';
import { observeServerDate } from '../server-clock';

/**
 * What to export: decisions in force made in [`from`, `to`) (RFC 3339, at most 400 days apart), and
 * optionally of one region, by one user (an id) or with one rejection reason. Absent, null or empty:
 * no filter.
 */
export interface DecisionsExportParams {
  from: string;
  to: string;
  region?: string | null;
  decidedBy?: string | null;
  reason?: RejectionReason | null;
}

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

const OPERATION = 'exportDecisions';
/** A long range is a large file: more time than a JSON call gets. */
const EXPORT_TIMEOUT_MS = 120_000;
const FALLBACK_FILENAME = 'decisions.csv';

/**
 * The file name a Content-Disposition header gives (`filename*=UTF-8''…` preferred over
 * `filename="…"`), reduced to a bare name: no folders, no control characters. Null when there is none.
 */
export function filenameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;
  let name: string | null = null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      name = decodeURIComponent(extended[2].trim());
    } catch {
      name = null;
    }
  }
  if (name === null) {
    const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
    name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim() ?? null;
  }
  const bare =
    name
      ?.split(/[/\\]/)
      .pop()
      ?.replace(/\p{Cc}/gu, '')
      .trim() ?? '';
  return bare === '' || bare === '.' || bare === '..' ? null : bare;
}

/**
 * Downloads the decisions as the server's CSV file (UTF-8 with BOM, masked identifiers). A file does
 * not fit the JSON client, so this is a plain fetch with the client's URL, credentials and error
 * handling: failures are ApiErrors (problem documents as `problem`, no answer as `network` or
 * `timeout`, an answer that is not CSV as `contract`), and the bytes are kept exactly as sent.
 */
export async function downloadDecisionsCsv(
  params: DecisionsExportParams,
  signal?: AbortSignal,
): Promise<DownloadedFile> {
  const timeout = AbortSignal.timeout(EXPORT_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const failed = (error: unknown, status?: number): never => {
    if (signal?.aborted) throw error; // the caller cancelled: not an API failure
    throw new ApiError({
      kind: timeout.aborted ? 'timeout' : 'network',
      operation: OPERATION,
      status: status ?? null,
      message: String(error),
    });
  };

  let response: Response;
  try {
    response = await fetch(
      apiUrl('/api/decisions/export', {
        from: params.from,
        to: params.to,
        region: params.region,
        decidedBy: params.decidedBy,
        reason: params.reason,
      }),
      {
        headers: { Accept: 'text/csv, application/problem+json' },
        credentials: apiCredentials,
        signal: combined,
      },
    );
  } catch (error) {
    return failed(error);
  }
  observeServerDate(response.headers.get('Date'));

  if (!response.ok) {
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return failed(error, response.status);
    }
    throw failureOf(OPERATION, response, text);
  }
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'text/csv') {
    throw new ApiError({
      kind: 'contract',
      operation: OPERATION,
      status: response.status,
      message: `expected text/csv, got ${response.headers.get('Content-Type') ?? 'no content type'}`,
    });
  }
  let blob: Blob;
  try {
    // Bytes, not text: decoding would drop the byte-order mark that spreadsheets need.
    blob = await response.blob();
  } catch (error) {
    return failed(error, response.status);
  }
  const filename =
    filenameFromContentDisposition(response.headers.get('Content-Disposition')) ?? FALLBACK_FILENAME;
  return { blob, filename };
}
