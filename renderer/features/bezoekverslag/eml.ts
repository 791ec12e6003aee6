/**
 * An e-mail draft as an .eml file (RFC 5322 with MIME, UTF-8): the advisor's mail program opens
 * it as a new message to edit and send. `X-Unsent: 1` makes Outlook open it as a draft; without
 * a known sender address there is no From header, and the mail program fills in the account.
 */
export type EmlInput = {
  to: { name: string; address: string } | null;
  subject: string;
  body: string;
  date?: Date;
};

const utf8 = (s: string) => new TextEncoder().encode(s);

function base64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** RFC 2047 encoded-word for header text that is not plain ASCII. */
function headerText(s: string): string {
  const clean = s.replace(/[\r\n]+/g, ' ');
  return /^[\x20-\x7e]*$/.test(clean) ? clean : `=?UTF-8?B?${base64(utf8(clean))}?=`;
}

const wrap76 = (s: string) => s.replace(/.{1,76}/g, (line) => `${line}\r\n`);

export function buildEml({ to, subject, body, date = new Date() }: EmlInput): string {
  const headers = [
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    ...(to
      ? [`To: ${headerText(to.name.replace(/[<>"]/g, ''))} <${to.address.replace(/[\s<>]/g, '')}>`]
      : []),
    `Subject: ${headerText(subject)}`,
    'MIME-Version: 1.0',
    'X-Unsent: 1',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
  ];
  const text = body.replace(/\r?\n/g, '\r\n');
  return `${headers.join('\r\n')}\r\n\r\n${wrap76(base64(utf8(text)))}`;
}
