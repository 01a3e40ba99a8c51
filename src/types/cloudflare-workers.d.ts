// The few Cloudflare Workers types the worker entry uses (src/entry/worker*.ts, matching-index-object.ts).
// @cloudflare/workers-types would redeclare the globals @types/node declares for the rest of the code.

interface WorkerExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
  passThroughOnException(): void;
}

interface WorkerScheduledController {
  readonly scheduledTime: number;
  readonly cron: string;
}

interface HyperdriveBinding {
  readonly connectionString: string;
}

interface AssetsBinding {
  fetch(input: Request | string): Promise<Response>;
}

interface DurableObjectId {
  toString(): string;
}

interface DurableObjectNamespace<Stub> {
  idFromName(name: string): DurableObjectId;
  get(id: DurableObjectId): Stub;
}

interface DurableObjectState {
  waitUntil(promise: Promise<unknown>): void;
  blockConcurrencyWhile<T>(callback: () => Promise<T>): Promise<T>;
}

declare module 'cloudflare:workers' {
  export abstract class DurableObject<Env = unknown> {
    protected ctx: DurableObjectState;
    protected env: Env;
    constructor(ctx: DurableObjectState, env: Env);
  }
}
