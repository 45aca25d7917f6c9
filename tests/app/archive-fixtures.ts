// The yearly archive as an admin starts it: the menu item, the year typed at its prompt, the alert it ends with.
import { ADMIN } from '../../local/flows';
import type { AddOn } from '../../local/addon';

export function archiveFromMenu(addOn: AddOn, year: string, user = ADMIN): string {
  addOn.runtime.setUser(user);
  addOn.runtime.ui.alertResponses.push({ button: 'OK', text: year });
  addOn.call('menuArchiveYear');
  return addOn.runtime.ui.alerts.at(-1)!.prompt;
}
