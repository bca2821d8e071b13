/**
 * Text for a terminal. Saved emails are often named by their subject, which the sender
 * chose: a name holding escape sequences could move the cursor, retitle the window or write
 * the clipboard (OSC 52), a newline could forge a progress line, a bidi override could
 * disguise the name. Control characters (C0 but tab, DEL, C1) are written \xNN, bidi
 * controls \u{NNNN}. JSON on stdout escapes them by itself.
 */
export function printable(text: string): string {
  return text
    .replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
