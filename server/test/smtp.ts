import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in the test process, on loopback, that keeps what arrives, parsed. */
export interface MailCatcher {
  /** `smtp://…` for SMTP_URL. */
  url: string;
  /** Every message accepted so far, in the order they arrived. */
  messages: ParsedMail[];
  /** Resolves once at least `count` messages arrived (or fails after `timeout` ms, listing what did). */
  received(count: number, timeout?: number): Promise<ParsedMail[]>;
  /** Refuses the next `count` messages with `451 Try again later` (a temporary failure). */
  refuseNext(count: number): void;
  close(): Promise<void>;
}

export async function catchMail(): Promise<MailCatcher> {
  const messages: ParsedMail[] = [];
  let refusals = 0;
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      if (refusals > 0) {
        refusals--;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream).then(
        (parsed) => {
          messages.push(parsed);
          for (const wake of waiters) wake();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  after(close);
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuseNext: (count) => void (refusals = count),
    received(count, timeout = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(messages);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${messages.length} of ${count} messages arrived: ${messages.map((message) => message.subject).join(' | ')}`));
        }, timeout);
        waiters.add(check);
        check();
      });
    },
    close,
  };
}
