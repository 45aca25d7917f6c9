// The installable triggers' handlers, by the job each runs: one export each (read as HANDLER.…), so the build
// shortens the names. Menu items and the types are in entryPoints.ts.

export const formSubmit = 'onFormSubmit' as const;
export const retryPending = 'retryPending' as const;
export const sweep = 'sweepResponses' as const;
export const outbox = 'sendQueuedMail' as const;
export const notices = 'sendNotices' as const;
export const monthly = 'monthlyReport' as const;
export const weekly = 'weeklyReport' as const;
export const radioReminder = 'radioReminder' as const;
export const followUp = 'reportFollowUp' as const;
export const recipients = 'sendRecipientMail' as const;
export const ladder = 'ladderFollowUp' as const;
export const archive = 'archiveFollowUp' as const;
