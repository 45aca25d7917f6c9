// The optional first stage: a base committee's reviewers (app/baseReview.ts).

export const notYours = 'Việc tốt này không thuộc cơ sở bạn duyệt.';
export const onlyVet = 'Người duyệt cấp cơ sở chỉ được duyệt, yêu cầu bổ sung hoặc từ chối.';
export const waitForBase = 'Việc tốt này chờ cơ sở duyệt trước.';
export const auditPrefix = 'cơ sở: ';
