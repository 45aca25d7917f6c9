// «Nhật ký»'s before/after cells: ticks in words, and both the words and the older TRUE/FALSE read back.
import { auditCell, auditTicked } from '../../src/domain/auditCell';

describe('an audited value', () => {
  it('is written as people read it: a tick as «Có»/«Không», anything else unchanged', () => {
    expect([auditCell(true), auditCell(false)]).toEqual(['Có', 'Không']);
    expect([auditCell('Đã duyệt'), auditCell(0.4), auditCell('')]).toEqual(['Đã duyệt', 0.4, '']);
  });

  it('reads back as ticked from the words and from rows written before (TRUE, «true»), and nothing else', () => {
    expect([auditTicked('Có'), auditTicked(' có '), auditTicked(true), auditTicked('TRUE')]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([auditTicked('Không'), auditTicked(false), auditTicked('false'), auditTicked('')]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
