/** `tel:` link of a number as written ("0205 3812 345" → "tel:02053812345"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
