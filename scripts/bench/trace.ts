interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time during the event: unlike `dur`, it does not grow while other processes hold the CPU. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      type?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

const MAX_SAMPLE_US = 1000;

/** What `extensionTasks` needs recorded: main-thread tasks and the sampling profiler. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'];

export interface ExtensionTaskStats {
  /** Time the sampling profiler found the extension's scripts on the stack. */
  scriptingMs: number;
  /** The longest main-thread task during which the extension's scripts ran (wall time, what a user waits). */
  longestMs: number;
  /**
   * The most CPU time the main thread spent in one such task. On a busy machine wall time also
   * counts the moments other processes held the core; this counts only the page's own work.
   */
  longestThreadMs: number;
  tasks: number;
}

/**
 * Attributes main-thread work to the extension the way the browser's own performance panel
 * does: from the V8 sampling profiler's stacks recorded in the trace, matched to the tasks
 * they fall in. (Script that resumes from a promise leaves no other trace event naming it.)
 */
export function extensionTasks(traceJson: string, extensionId: string, fromUs = -Infinity): ExtensionTaskStats {
  const events = traceEvents(traceJson);
  const prefix = `chrome-extension://${extensionId}/`;

  // Samples, per profile (one per thread), as [time, ours]. Profile ids are numbered per
  // process ("0x1" in each renderer), so a profile is known by its process and id.
  const profileKey = (event: TraceEvent) => `${event.pid}:${event.id}`;
  const profiles = new Map<string, { pid: number; tid: number; time: number; nodes: Map<number, ProfileNode>; samples: { ts: number; node: number }[] }>();
  for (const event of events) {
    if (event.name === 'Profile' && event.id) {
      profiles.set(profileKey(event), { pid: event.pid, tid: event.tid, time: event.args?.data?.startTime ?? event.ts, nodes: new Map(), samples: [] });
    }
  }
  for (const event of events) {
    if (event.name !== 'ProfileChunk' || !event.id) continue;
    const profile = profiles.get(profileKey(event));
    const data = event.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((node, i) => {
      profile.time += deltas[i] ?? 0;
      if (profile.time >= fromUs) profile.samples.push({ ts: profile.time, node });
    });
  }

  let scriptingMs = 0;
  const oursByThread = new Map<string, number[]>();
  for (const profile of profiles.values()) {
    const ours = new Map<number, boolean>();
    const isOurs = (id: number): boolean => {
      const known = ours.get(id);
      if (known !== undefined) return known;
      const node = profile.nodes.get(id);
      const result = !!node && (node.callFrame.url?.startsWith(prefix) === true || (node.parent !== undefined && isOurs(node.parent)));
      ours.set(id, result);
      return result;
    };
    const times: number[] = [];
    profile.samples.forEach((sample, i) => {
      if (!isOurs(sample.node)) return;
      times.push(sample.ts);
      // A sample stands for the time until the next one, but not across a gap where the thread
      // slept (no samples are taken then).
      const next = profile.samples[i + 1];
      if (next) scriptingMs += Math.min(next.ts - sample.ts, MAX_SAMPLE_US) / 1000;
    });
    if (times.length) oursByThread.set(`${profile.pid}:${profile.tid}`, times);
  }

  let longestMs = 0;
  let longestThreadMs = 0;
  let tasks = 0;
  for (const task of events) {
    if (task.ph !== 'X' || task.name !== 'RunTask' || task.dur === undefined || task.ts < fromUs) continue;
    const times = oursByThread.get(`${task.pid}:${task.tid}`);
    if (!times) continue;
    const end = task.ts + task.dur;
    if (!times.some((t) => t >= task.ts && t <= end)) continue;
    tasks += 1;
    longestMs = Math.max(longestMs, task.dur / 1000);
    longestThreadMs = Math.max(longestThreadMs, threadMsOf(task));
  }
  return { scriptingMs, longestMs, longestThreadMs, tasks };
}

/**
 * CPU time (ms) of the main-thread tasks that brought a frame to the screen (those that ran
 * pre-paint): thread time, so that other processes holding the shared cores do not count.
 */
export function renderingTaskDurations(traceJson: string): number[] {
  const events = traceEvents(traceJson);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined);
  const durations: number[] = [];
  for (const prePaint of events.filter((e) => e.ph === 'X' && e.name === 'PrePaint')) {
    const task = tasks.find((t) => t.pid === prePaint.pid && t.tid === prePaint.tid && t.ts <= prePaint.ts && prePaint.ts <= t.ts + t.dur!);
    if (task) durations.push(threadMsOf(task));
  }
  return durations;
}

/** When the page last dispatched a DOM event of this type, on the trace's clock (µs). */
export function lastDispatchOf(traceJson: string, type: string): number {
  const dispatches = traceEvents(traceJson).filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === type);
  if (dispatches.length === 0) throw new Error(`the trace has no "${type}" event`);
  return Math.max(...dispatches.map((e) => e.ts));
}

/**
 * A task's main-thread CPU time (ms). Never more than its wall time: now and then the trace gives
 * a task more thread time than it lasted (seen: 65 ms of CPU in an 18 ms task).
 */
function threadMsOf(task: TraceEvent): number {
  return Math.min(task.tdur ?? task.dur!, task.dur!) / 1000;
}

function traceEvents(traceJson: string): TraceEvent[] {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

export interface TaskBreakdown {
  /** Main-thread CPU time of the task (ms). */
  threadMs: number;
  wallMs: number;
  /** Garbage collections inside the task: kind and ms. */
  collections: string[];
  /** Functions the profiler found running (self time), most first: name and ms. */
  functions: string[];
  /** The longest trace events inside the task (rendering steps, callbacks): name and ms. */
  steps: string[];
}

/**
 * What filled the longest extension task of a trace: the collections that landed in it and the
 * functions sampled in it, so a long task can be traced to the work (or the garbage) behind it.
 */
export function longestTaskBreakdown(traceJson: string, extensionId: string, top = 8): TaskBreakdown | null {
  const events = traceEvents(traceJson);
  const { longestThreadMs } = extensionTasks(traceJson, extensionId);
  const task = events.find((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined && threadMsOf(e) === longestThreadMs);
  if (!task || task.dur === undefined) return null;
  const end = task.ts + task.dur;
  const inside = (e: TraceEvent) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts <= end;
  const collections = events
    .filter((e) => e.ph === 'X' && (e.name === 'MajorGC' || e.name === 'MinorGC') && e.dur !== undefined && inside(e))
    .map((e) => `${e.name} ${(e.dur! / 1000).toFixed(1)}`);
  const steps = events
    .filter((e) => e.ph === 'X' && e.tid === task.tid && !/GC|RunTask/.test(e.name) && e.dur !== undefined && e.dur >= 500 && inside(e))
    .slice(0, 2 * top)
    .map((e) => `${e.name} ${(e.dur! / 1000).toFixed(1)}`);
  const selfMs = new Map<string, number>();
  for (const event of events) {
    if (event.name !== 'Profile' || event.pid !== task.pid || !event.id) continue;
    const nodes = new Map<number, ProfileNode>();
    let time = event.args?.data?.startTime ?? event.ts;
    const samples: { ts: number; node: number }[] = [];
    for (const chunk of events) {
      if (chunk.name !== 'ProfileChunk' || chunk.pid !== event.pid || chunk.id !== event.id) continue;
      for (const node of chunk.args?.data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const deltas = chunk.args?.data?.timeDeltas ?? [];
      (chunk.args?.data?.cpuProfile?.samples ?? []).forEach((node, i) => {
        time += deltas[i] ?? 0;
        samples.push({ ts: time, node });
      });
    }
    samples.forEach((sample, i) => {
      const next = samples[i + 1];
      if (!next || sample.ts < task.ts || sample.ts > end) return;
      const frame = nodes.get(sample.node)?.callFrame;
      const name = `${frame?.functionName || '(anonymous)'} ${frame?.url?.split('/').pop() ?? ''}`.trim();
      selfMs.set(name, (selfMs.get(name) ?? 0) + Math.min(next.ts - sample.ts, MAX_SAMPLE_US) / 1000);
    });
  }
  const functions = [...selfMs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, spent]) => `${name} ${spent.toFixed(1)}`);
  return { threadMs: threadMsOf(task), wallMs: task.dur / 1000, collections, functions, steps };
}
