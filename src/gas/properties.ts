// The document's properties (shared by every user of this Sheet): small pieces of state the add-on keeps
// between executions. Values ≤ 9 KB each, 500 KB in all (developers.google.com/apps-script/guides/services/quotas).

function store(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function getDocumentProperty(key: string): string | null {
  return store().getProperty(key);
}

export function setDocumentProperty(key: string, value: string): void {
  store().setProperty(key, value);
}

export function deleteDocumentProperty(key: string): void {
  store().deleteProperty(key);
}

export const documentPropertyKeys = (): string[] => store().getKeys();
