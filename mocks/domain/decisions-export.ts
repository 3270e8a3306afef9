import { RejectionReasonSchema, type RejectionReason } from '../../src/api/generated/zod';
import { maskIdNumber } from '../../src/lib/mask';
import { toCsv } from './csv';
import { readReasonFilter, readUserIdFilter } from './list-query';
import { readRangeQuery, shanghaiDate, type MetricsView, type RangeQuery } from './metrics';
import { problems, type FieldError } from './problems';
import { toUserRef } from './serialize';

/** `GET /api/decisions/export`: a range and a region as the metrics take them, and two list filters. */
export interface ExportQuery extends RangeQuery {
  decidedBy: string | null;
  reason: RejectionReason | null;
}

/** Parses the export's query; a bad or missing value is a 400 naming the parameter. */
export function parseExportQuery(params: URLSearchParams, regionCodes: readonly string[]): ExportQuery {
  const errors: FieldError[] = [];
  const range = readRangeQuery(params, regionCodes, errors);
  const decidedBy = readUserIdFilter(params, 'decidedBy', errors);
  const reason = readReasonFilter(params, 'reason', errors);
  if (errors.length > 0 || range === null) throw problems.validation(errors);
  return { ...range, decidedBy, reason };
}

/** The columns, each named in Chinese and then in English, as the contract lists them. */
export const EXPORT_HEADER = [
  '申请编号 (Request number)',
  '地区代码 (Region code)',
  '渠道 (Channel)',
  '提交时间 (Submitted at)',
  '决定时间 (Decided at)',
  '结果 (Outcome)',
  '驳回原因 (Reason codes)',
  '审核员 (Reviewer)',
  '处理秒数 (Handling seconds)',
  '身份证号（已脱敏） (ID number, masked)',
  '备注 (Note)',
] as const;

const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const reasons: readonly RejectionReason[] = RejectionReasonSchema.options;

/** An instant as ISO 8601 in Asia/Shanghai time, to the second: 2026-11-26T10:00:00+08:00. */
export const shanghaiIso = (at: number): string =>
  `${new Date(at + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;

/** decisions-20261028-20261126.csv: the range's first and last Asia/Shanghai days (`to` is exclusive). */
export const exportFilename = (query: RangeQuery): string =>
  `decisions-${shanghaiDate(query.from).replaceAll('-', '')}-${shanghaiDate(query.to - 1).replaceAll('-', '')}.csv`;

/**
 * The decisions in force made in the range, oldest first, as CSV rows (csv.ts: BOM, CRLF, quoting,
 * no formula injection). Read from the metrics index, so a month of 100,000 decisions is one pass.
 * Personal data leaves only masked: no names, the ID number as maskIdNumber shows it.
 */
export function exportDecisionsCsv(view: MetricsView, query: ExportQuery): string {
  const { index, world } = view;
  const [start, end] = index.decisionSlots(query.from, query.to);
  const region = query.region === null ? -1 : index.regionCode(query.region);
  const reasonBit = query.reason === null ? 0 : 1 << reasons.indexOf(query.reason);
  const rows: Array<Array<string | number>> = [];
  const names = new Map<string, string>();
  const nameOf = (userId: string): string => {
    let name = names.get(userId);
    if (name === undefined) names.set(userId, (name = toUserRef(world, userId).displayName));
    return name;
  };
  for (let slot = start; slot < end; slot++) {
    if (index.inForce[slot] === 0) continue;
    if (region !== -1 && index.region[slot] !== region) continue;
    if (reasonBit !== 0 && ((index.reasonBits[slot] as number) & reasonBit) === 0) continue;
    const decision = index.records[slot];
    if (!decision || (query.decidedBy !== null && decision.decidedBy !== query.decidedBy)) continue;
    const request = world.requestsById.get(decision.requestId);
    const applicant = request ? world.applicants.get(request.applicantId) : undefined;
    if (!request || !applicant) throw new Error(`decision ${decision.id} is inconsistent`);
    rows.push([
      request.number,
      request.region,
      request.channel,
      shanghaiIso(request.submittedAt),
      shanghaiIso(decision.decidedAt),
      decision.outcome,
      decision.reasonCodes.join(';'),
      nameOf(decision.decidedBy),
      (decision.decidedAt - decision.claimedAt) / 1000,
      maskIdNumber(applicant.idNumber),
      decision.note,
    ]);
  }
  return toCsv(EXPORT_HEADER, rows);
}
