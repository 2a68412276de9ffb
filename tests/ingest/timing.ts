/**
 * Wall time and this process's CPU time for one call. On the shared test machine wall time
 * swings with other people's work; CPU time is what the code itself spent, so bounds use it.
 */
export function measure<T>(run: () => T): { result: T; wallMs: number; cpuMs: number } {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = run();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { result, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

export const describeTime = (name: string, time: { wallMs: number; cpuMs: number }) => `${name}: ${time.wallMs.toFixed(0)} ms wall, ${time.cpuMs.toFixed(0)} ms CPU`;
