import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * Which proxies in front of the server may say who the client is (`TRUST_PROXY`, server/README.md,
 * "Behind a proxy"): the number of them (`hops`), or their addresses (`proxies`). Without either,
 * `X-Forwarded-*` headers are the client's own words and are ignored.
 */
export type ProxyTrust = { hops: number } | { proxies: BlockList; list: string[] };

export const NO_PROXY: ProxyTrust = { hops: 0 };

/**
 * Reads `TRUST_PROXY`: a number of proxies, or a comma-separated list of their addresses or
 * networks (`10.0.0.1, 192.168.0.0/16, ::1`). `true`, what it used to take, means one proxy;
 * `warn` says so, as it trusts less than `true` did.
 */
export function proxyTrustFrom(value: string | undefined, warn: (message: string) => void): ProxyTrust {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false') return NO_PROXY;
  if (text === 'true') {
    warn('TRUST_PROXY=true is read as TRUST_PROXY=1: the client address is the last X-Forwarded-For entry, the one your proxy added. Set the number of proxies, or their addresses.');
    return { hops: 1 };
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new Error(`TRUST_PROXY must be a number of proxies from 0 to 10, or their addresses, not "${text}"`);
    return { hops };
  }
  const proxies = new BlockList();
  const list = text.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of list) {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address);
    const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits);
    if (!family || extra !== undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32) || (bits !== undefined && !/^\d+$/.test(bits))) {
      throw new Error(`TRUST_PROXY: "${entry}" is neither a number of proxies nor an IP address or network (10.0.0.1, 10.0.0.0/8)`);
    }
    proxies.addSubnet(address, prefix, family === 6 ? 'ipv6' : 'ipv4');
  }
  return { proxies, list };
}

/** Whether the socket's peer is a proxy the server was told to trust, so its `X-Forwarded-*` headers count. */
export function fromTrustedProxy(request: IncomingMessage, trust: ProxyTrust): boolean {
  if ('hops' in trust) return trust.hops > 0;
  return trusted(trust.proxies, plainAddress(request.socket.remoteAddress ?? ''));
}

/**
 * The client's address. Every proxy appends the address it saw connect to `X-Forwarded-For`,
 * and anything to the left of what a trusted proxy wrote is the client's own say; so the chain is
 * read from the right: past `hops` proxies, or past every address in the trusted list. A client
 * can put what it likes in the header and still not choose the address found.
 */
export function clientOf(request: IncomingMessage, trust: ProxyTrust): string {
  const socket = plainAddress(request.socket.remoteAddress ?? '') || 'unknown';
  if ('hops' in trust && trust.hops === 0) return socket;
  const forwarded = String(request.headers['x-forwarded-for'] ?? '').split(',').map((entry) => plainAddress(entry.trim())).filter(Boolean);
  const chain = [...forwarded, socket];
  if ('hops' in trust) return chain[Math.max(0, chain.length - 1 - trust.hops)];
  let index = chain.length - 1;
  while (index > 0 && trusted(trust.proxies, chain[index])) index--;
  return chain[index];
}

function trusted(proxies: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** `::ffff:127.0.0.1` → `127.0.0.1`, `[::1]:443` → `::1`, `10.0.0.1:80` → `10.0.0.1`; anything else as it is. */
export function plainAddress(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) return plainAddress(bracketed[1]);
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  if (withPort) return withPort[1];
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1] : address;
}

/**
 * What limits count per client: the address, but for IPv6 its /64, the block one household or
 * office gets, so that a client cannot step around a limit by changing the other 64 bits.
 */
export function clientKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
