interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string } };
}

export interface ExtensionTaskStats {
  /** Main-thread time in tasks that ran extension code. */
  totalMs: number;
  longestMs: number;
  tasks: number;
}

/** Attributes main-thread tasks to the extension when they run any of its scripts. */
export function extensionTasks(traceJson: string, extensionId: string): ExtensionTaskStats {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const prefix = `chrome-extension://${extensionId}/`;
  const marks = events.filter((e) => e.ph === 'X' && e.args?.data?.url?.startsWith(prefix));
  const threads = new Set(marks.map((e) => e.tid));
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && threads.has(e.tid) && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  let totalMs = 0;
  let longestMs = 0;
  let count = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    if (!marks.some((m) => m.tid === task.tid && m.ts >= task.ts && m.ts < end)) continue;
    const ms = task.dur! / 1000;
    totalMs += ms;
    longestMs = Math.max(longestMs, ms);
    count += 1;
  }
  return { totalMs, longestMs, tasks: count };
}
