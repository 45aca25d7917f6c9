// «Nhật ký»'s one-line «Nội dung»: built and read back losslessly, hostile values never read as another part.
import { auditLine, parseAuditLine, withoutValues } from '../../src/domain/auditLine';
import { AUDIT_ACTIONS } from '../../src/shared/codes';
import * as MSG_LADDER from '../../src/shared/messages/ladder';
import * as MSG_BASE from '../../src/shared/messages/base';
import * as MSG_TRUST from '../../src/shared/messages/trust';
import * as MSG_ARCHIVE from '../../src/shared/messages/archive';
import * as MSG_RETENTION from '../../src/shared/messages/retention';
import { MARK_LABELS } from '../../src/domain/recognitionCells';
import { DEED } from '../../src/domain/tabs';

describe('auditLine', () => {
  it('reads as people read it: action, column, before → after; an empty value left out', () => {
    expect(auditLine('đánh dấu', 'Thư khen', false, true)).toBe('đánh dấu · Thư khen: Không → Có');
    expect(auditLine('ghi chú', 'Ghi chú người duyệt', '', 'Đã gọi')).toBe('ghi chú · Ghi chú người duyệt: → Đã gọi');
    expect(auditLine('ghi chú', 'Ghi chú người duyệt', 'Đã gọi', '')).toBe('ghi chú · Ghi chú người duyệt: Đã gọi →');
    expect(auditLine('lưu trữ', 'Lưu trữ năm 2025')).toBe('lưu trữ · Lưu trữ năm 2025');
    expect(auditLine('cập nhật quyền')).toBe('cập nhật quyền');
    expect(auditLine('sửa tay', 'Ngày thực hiện', new Date('2026-11-20T17:00:00Z'), 0.5)).toBe(
      'sửa tay · Ngày thực hiện: 21/11/2026 → 0.5',
    );
  });

  it('reads back every value it wrote, hostile ones included, from the left', () => {
    const hostile = [
      'x · Thư khen: Không → Có',
      ' → ',
      '→',
      '\\',
      'a\\→b',
      '\\\\→',
      ' trailing ',
      'dòng 1\ndòng 2 → 3',
      '',
    ];
    for (const before of hostile)
      for (const after of hostile) {
        const line = auditLine('sửa tay', 'Mô tả', before, after);
        const read = parseAuditLine(line);
        if (before === '' && after === '') expect(read).toEqual({ action: 'sửa tay', column: 'Mô tả' });
        else expect(read).toEqual({ action: 'sửa tay', column: 'Mô tả', before, after });
      }
  });

  it('refuses a line typed by hand whose values have no arrow, or two', () => {
    expect(parseAuditLine('duyệt · Thư khen: Có')).toBeUndefined();
    expect(parseAuditLine('duyệt · Thư khen: Không → Có → Không')).toBeUndefined();
    expect(parseAuditLine('duyệt · Thư khen: Không → Có\\')).toBeUndefined();
  });

  it('cuts a long value below half a cell, so the line fits one', () => {
    const long = 'a'.repeat(49_000);
    expect(auditLine('sửa tay', 'Mô tả', long, long).length).toBeLessThan(50_000);
  });

  it('retention keeps the action and the column only', () => {
    expect(withoutValues(auditLine('sửa tay', 'Mô tả', 'x · Thư khen: a', 'b → c'))).toBe('sửa tay · Mô tả');
    expect(withoutValues('lưu trữ · Lưu trữ năm 2025')).toBe('lưu trữ · Lưu trữ năm 2025');
  });

  it('no action the add-on writes holds " · ", and no column word ": " (the line is cut there)', () => {
    const actions = [
      ...Object.values(AUDIT_ACTIONS).flatMap((a) => [a, `${MSG_BASE.auditPrefix}${a}`]),
      MSG_LADDER.auditAccept,
      MSG_LADDER.auditDismiss,
      MSG_LADDER.auditDecision,
      MSG_RETENTION.action,
    ];
    expect(actions.filter((a) => a.includes(' · '))).toEqual([]);
    const columns = [
      ...DEED.headers,
      ...Object.values(MARK_LABELS),
      MSG_LADDER.suggestionColumn,
      `${MSG_LADDER.registerColumn} – Thư khen`,
      MSG_TRUST.menu,
      MSG_ARCHIVE.auditColumn(2025),
    ];
    expect(columns.filter((c) => c.includes(': ') || c.includes(' · '))).toEqual([]);
  });
});
