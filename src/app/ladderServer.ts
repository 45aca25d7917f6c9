// The sidebar's commendation functions (src/shared/contract.ts): the ladder, its suggestions, performers'
// histories, the decision register and the printable drafts. Roles are checked here, on the server.
import { auditRow } from '../domain/auditLine';
import * as z from '#shared/schema';
import type { DeedDetail, LadderView, PerformerHistory, ServerApi } from '#contract';
import * as MSG_LADDER from '#shared/messages/ladder';
import { loadConfig } from './config';
import { recordDecision as register } from './decisions';
import { showDraft as draft } from './drafts';
import { findSuggestion, ladderView, writeSuggestion } from './ladder';
import { histories, refreshLadder as startPass } from './ladderPass';
import { applyReview } from './review';
import { decisionArgs, draftArgs, historyArgs, suggestionArgs } from './reviewArgs';
import { Refusal, auditTab, requireReviewer, serve } from './server';
import { withDocumentLock } from '../gas/lock';
import { appendRows } from '../gas/sheets';

const none = z.optional(z.unknown());

export const getLadder: ServerApi['getLadder'] = () => serve(none, undefined, (): LadderView => ladderView());

export const refreshLadder: ServerApi['refreshLadder'] = () =>
  serve(none, undefined, (): LadderView => {
    const config = loadConfig();
    requireReviewer(config);
    return startPass(config);
  });

export const decideSuggestion: ServerApi['decideSuggestion'] = (raw) =>
  serve(suggestionArgs, raw, (args): LadderView => {
    const config = loadConfig();
    const user = requireReviewer(config);
    const reason = (args.reason ?? '').trim();
    if (!args.accept && reason.length < 5) throw new Refusal('invalid', MSG_LADDER.dismissReasonNeeded);
    withDocumentLock(() => {
      const found = findSuggestion(args.key);
      if (!found) throw new Refusal('not_found', MSG_LADDER.notFound);
      const s = found.suggestion;
      if (s.status !== 'pending')
        throw new Refusal('stale', MSG_LADDER.alreadyDecided(MSG_LADDER.status[s.status], s.decidedBy));
      const now = new Date();
      if (args.accept) {
        // Marks the recognition under the seed's rules, on the deed as it is now (audited by applyReview).
        applyReview(
          { id: s.deedId },
          { kind: 'mark', recognition: s.kind, on: true },
          user,
          config,
          MSG_LADDER.auditAccept,
        );
      } else {
        appendRows(auditTab(), [
          auditRow(
            now,
            user,
            s.deedId,
            MSG_LADDER.auditDismiss,
            MSG_LADDER.suggestionColumn,
            MSG_LADDER.status.pending,
            `${MSG_LADDER.status.dismissed}: ${reason}`,
          ),
        ]);
      }
      writeSuggestion(found.sheet, found.row, {
        ...s,
        status: args.accept ? 'accepted' : 'dismissed',
        decidedBy: user,
        decidedAt: now.toISOString(),
        note: args.accept ? '' : reason,
      });
    });
    return ladderView();
  });

export const getHistory: ServerApi['getHistory'] = (raw) =>
  serve(historyArgs, raw, (args): PerformerHistory[] => histories(args));

export const recordDecision: ServerApi['recordDecision'] = (raw) =>
  serve(decisionArgs, raw, (args): DeedDetail => {
    const config = loadConfig();
    const user = requireReviewer(config);
    return withDocumentLock(() => register(args, user, config));
  });

export const showDraft: ServerApi['showDraft'] = (raw) =>
  serve(draftArgs, raw, (args): null => {
    draft(args, loadConfig());
    return null;
  });
