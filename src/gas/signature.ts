// HMAC-SHA256 under a secret kept in the running user's own properties, which no other user of the Sheet can read
// (developers.google.com/apps-script/guides/properties: "User Properties … only the current user can access").
const SECRET_PROPERTY = 'signing:secret';

/** The secret once read in this execution (Apps Script loads the script afresh for each): one property read, not one a row. */
let known: string | undefined;

function secret(): string {
  if (known) return known;
  const store = PropertiesService.getUserProperties();
  let value = store.getProperty(SECRET_PROPERTY);
  if (!value) {
    value = Utilities.getUuid() + Utilities.getUuid();
    store.setProperty(SECRET_PROPERTY, value);
  }
  return (known = value);
}

/** The text's HMAC under the running user's secret, base64. */
export function signAsMe(text: string): string {
  return Utilities.base64Encode(Utilities.computeHmacSha256Signature(text, secret()));
}
