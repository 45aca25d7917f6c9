// The cache this add-on keeps things in: the document's, so that two spreadsheets running the same script never see
// each other's settings or fingerprints (the script's cache only where there is no document, as in a web app).
export function documentCache(): GoogleAppsScript.Cache.Cache {
  return CacheService.getDocumentCache() ?? CacheService.getScriptCache();
}
