/*
 * Where messages go: an SMTP server when SMTP_URL names one, else `.eml` files in a folder, which
 * any mail program opens (a server on a laptop, a demo, a test). nodemailer writes the MIME either
 * way, so a file holds exactly what the SMTP server would have received.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailTransport, OutgoingMessage } from './types.js';

/**
 * Long enough for a slow server across the internet, short enough that a dead one fails a send
 * (which the outbox tries again later) instead of holding it: nodemailer's own defaults are 2
 * minutes to connect and 10 minutes of silence.
 */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, dnsTimeout: 10_000, socketTimeout: 30_000 };

/**
 * `smtpUrl` (`smtp://user:pass@host:587`, `smtps://user:pass@host:465`): each message is handed to
 * that server. Without it: each message becomes a file in `outboxDir` (created when missing), and
 * `log` names every file written. Throws at once for an SMTP URL that is no smtp(s) URL, or a
 * folder that cannot be made.
 */
export function createMailTransport(options: { smtpUrl?: string; outboxDir: string; log: (message: string) => void }): MailTransport {
  return options.smtpUrl ? smtpTransport(options.smtpUrl) : folderTransport(resolve(options.outboxDir), options.log);
}

function smtpTransport(smtpUrl: string): MailTransport {
  const url = parseSmtpUrl(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const server = `${url.hostname}:${url.port || (secure ? 465 : 587)}`;
  // The password never reaches a log, even if a server's answer repeated it. (The user name stays:
  // it is often the sender's own address, and the message would not read without it.)
  const secrets = [url.password, safeDecode(url.password)].filter(Boolean);
  const withoutSecrets = (text: string) => secrets.reduce((clean, secret) => clean.split(secret).join('***'), text);
  const transporter = nodemailer.createTransport({ url: smtpUrl, ...TIMEOUTS });
  return {
    description: `SMTP ${server}`,
    async send(message: OutgoingMessage) {
      try {
        await transporter.sendMail(message);
      } catch (error) {
        throw new Error(withoutSecrets(`SMTP ${server} did not take message ${message.messageId}: ${reason(error)}`), { cause: error });
      }
    },
    close: () => transporter.close(),
  };
}

function parseSmtpUrl(smtpUrl: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(smtpUrl);
  } catch {
    // The URL holds a password: the message names neither.
  }
  if (!url || !/^smtps?:$/.test(url.protocol) || !url.hostname) {
    throw new Error('the SMTP URL must look like smtp://user:password@host:587 or smtps://user:password@host:465');
  }
  return url;
}

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** What went wrong, as nodemailer says it: the server's answer when there was one ("550 5.1.1 …"), else the error. */
function reason(error: unknown): string {
  const { message, code, response } = (error ?? {}) as { message?: string; code?: string; response?: string };
  const text = message || String(error);
  const detail = response && !text.includes(response) ? `${text} (${response})` : text;
  return code && !detail.includes(code) ? `${detail} [${code}]` : detail;
}

function folderTransport(folder: string, log: (message: string) => void): MailTransport {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new Error(`cannot make the folder for e-mail files ${folder}: ${(error as Error).message}`, { cause: error });
  }
  // CRLF line ends, as RFC 5322 writes a message and every mail program reads an .eml.
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    description: `.eml files in ${folder}`,
    async send(message: OutgoingMessage) {
      try {
        const { message: bytes } = await transporter.sendMail(message);
        await mkdir(folder, { recursive: true });
        const path = freeName(folder, message);
        // Written under a name no reader looks for, then renamed: nobody ever opens half a message.
        const temporary = join(folder, `.${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`);
        try {
          await writeFile(temporary, bytes as Buffer, { flag: 'wx' });
          await rename(temporary, path);
        } catch (error) {
          await unlink(temporary).catch(() => undefined);
          throw error;
        }
        log(`mail: wrote ${path}`);
      } catch (error) {
        throw new Error(`could not write message ${message.messageId} to ${folder}: ${(error as Error).message}`, { cause: error });
      }
    },
    close: () => transporter.close(),
  };
}

/**
 * "2026-11-30T08-15-02Z-outbox-42_aanmelden.example.nl.eml": sorted by when it was written, named
 * by its Message-ID, and never a name already taken (a resent message gets "-2", "-3").
 */
function freeName(folder: string, message: OutgoingMessage): string {
  const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  const id = message.messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9.-]+/g, '_').slice(0, 100) || 'message';
  const base = join(folder, `${stamp}-${id}`);
  let path = `${base}.eml`;
  for (let count = 2; existsSync(path); count++) path = `${base}-${count}.eml`;
  return path;
}
