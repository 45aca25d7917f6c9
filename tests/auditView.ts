// «Nhật ký»'s rows as tests read them: the line in «Nội dung» (src/domain/auditLine.ts) opened into its parts.
import { parseAuditLine } from '../src/domain/auditLine';
import { AUDIT } from '../src/domain/tabs';
import type { AddOn } from '../local/addon';
import { tabRows } from './helpers';

/** Where an opened row holds each part: the tab's first three columns, then the line's. */
export const AUDIT_VIEW = { col: { at: 0, user: 1, deedId: 2, action: 3, column: 4, before: 5, after: 6 } } as const;

/** A row opened: a line that does not parse keeps its text as the action. */
export function openAuditRow(r: readonly unknown[]): unknown[] {
  const line = parseAuditLine(r[AUDIT.col.content]);
  return [
    r[0],
    r[1],
    r[2],
    line?.action ?? r[AUDIT.col.content],
    line?.column ?? '',
    line?.before ?? '',
    line?.after ?? '',
  ];
}

/** «Nhật ký»'s rows, opened. */
export function auditRows(addOn: AddOn): unknown[][] {
  return tabRows(addOn, AUDIT.name).map(openAuditRow);
}
