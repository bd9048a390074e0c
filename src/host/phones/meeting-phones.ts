import { PhoneLink, type PhoneLinkDeps } from './phone-link';

let current: { readonly meeting: number; readonly link: PhoneLink } | null = null;

/**
 * The phones of the meeting on screen: one link for all the projector's scenes, so the room
 * stays open while the quiz gives way to the skit. Made when a meeting with phones opens
 * (`deps.meeting`: when it started), stopped when another meeting, or one without phones, opens.
 */
export function meetingPhones(phonesOn: boolean, deps: PhoneLinkDeps): PhoneLink | null {
  const meeting = deps.meeting;
  if (current && (current.meeting !== meeting || !phonesOn)) {
    current.link.stop();
    current = null;
  }
  if (!phonesOn) return null;
  if (!current) {
    current = { meeting, link: new PhoneLink(deps) };
    current.link.start();
  }
  return current.link;
}
