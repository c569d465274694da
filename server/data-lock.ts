import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** What the lock file says about the process that holds the folder. */
interface Holder {
  pid: number;
  host: string;
  /** The process's start time as the kernel counts it (Linux), so a reused pid is not mistaken for the holder. */
  started?: string;
  since: string;
}

/**
 * One writer per PGlite data folder. PGlite takes no lock of its own: two processes on one
 * folder each see only their own writes, and the folder can end up unreadable. The lock is a
 * file created exclusively in the folder, naming the process that holds it. A lock whose process
 * is gone (`kill -9`, a crash) is stale and taken over; one whose process runs refuses the start.
 *
 * Returns the function that releases the lock.
 */
export function lockDataFolder(folder: string): () => void {
  const file = join(folder, 'server.lock');
  const me: Holder = { pid: process.pid, host: hostname(), started: startTime(process.pid), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    let descriptor: number;
    try {
      descriptor = openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder && holds(holder)) {
        const where = holder.host === me.host ? `process ${holder.pid}` : `process ${holder.pid} on ${holder.host}`;
        throw new Error(`DATA_DIR ${folder} is in use by ${where} (since ${holder.since}): stop that server, or give this one another DATA_DIR`);
      }
      // Stale: its process is gone. Whoever removes it first creates the next one; the other tries again.
      rmSync(file, { force: true });
      continue;
    }
    writeSync(descriptor, JSON.stringify(me));
    closeSync(descriptor);
    return () => {
      // Only our own lock is removed, never one a later process took over.
      if (readHolder(file)?.pid === me.pid) rmSync(file, { force: true });
    };
  }
  throw new Error(`DATA_DIR ${folder}: could not take its lock file ${file}`);
}

function readHolder(file: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as Holder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    // Unreadable or half-written by a process killed while writing it: nobody can be named, so it is stale.
    return undefined;
  }
}

/** Whether the process the lock names still runs. On another machine (a shared folder) that cannot be known, so it is assumed. */
function holds(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = startTime(holder.pid);
  return !holder.started || !started || started === holder.started;
}

/** Field 22 of /proc/<pid>/stat, the start time in clock ticks since boot; undefined where there is no /proc. */
function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ")".
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
