/**
 * A minimal Marionette client: Firefox's own remote protocol, used for what WebDriver BiDi no
 * longer reaches in Firefox ESR 140.12, the browser window itself (privileged script in
 * browser.xhtml: the add-on's shortcuts, its menus, preferences). Firefox listens on loopback
 * only (marionette.port), started with --marionette and --remote-allow-system-access.
 *
 * Framing: every message is `<byte length>:<JSON>`; a command is [0, id, name, parameters], its
 * answer [1, id, error, result]. The server greets first.
 */
import { connect, createServer, type Socket } from 'node:net';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A loopback port nothing listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export class Marionette {
  private buffer = Buffer.alloc(0);
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private greeted: () => void = () => {};
  private readonly greeting = new Promise<void>((r) => (this.greeted = r));
  private seenGreeting = false;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => this.read(chunk));
    socket.on('close', () => {
      for (const w of this.waiting.values()) w.reject(new Error('Marionette closed the connection'));
      this.waiting.clear();
    });
  }

  /** Connects (Firefox opens the port a moment after it starts), opens a session and moves to chrome context. */
  static async open(port: number, timeout = 30_000): Promise<Marionette> {
    const until = Date.now() + timeout;
    for (;;) {
      const socket = await new Promise<Socket | null>((resolve) => {
        const s = connect(port, '127.0.0.1');
        s.once('connect', () => resolve(s));
        s.once('error', () => resolve(null));
      });
      if (socket) {
        const m = new Marionette(socket);
        await Promise.race([m.greeting, sleep(5000).then(() => Promise.reject(new Error('Marionette sent no greeting')))]);
        await m.send('WebDriver:NewSession', { capabilities: {} });
        await m.send('Marionette:SetContext', { value: 'chrome' });
        return m;
      }
      if (Date.now() > until) throw new Error(`Marionette did not answer on port ${port}`);
      await sleep(200);
    }
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (this.buffer.length < colon + 1 + length) return;
      const body = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as unknown;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!this.seenGreeting) {
        this.seenGreeting = true;
        this.greeted();
        continue;
      }
      const [, id, error, result] = body as [number, number, { error: string; message: string } | null, unknown];
      const w = this.waiting.get(id);
      if (!w) continue;
      this.waiting.delete(id);
      if (error) w.reject(new Error(`Marionette: ${error.error}: ${error.message}`));
      else w.resolve(result);
    }
  }

  send(name: string, parameters: object): Promise<unknown> {
    const id = this.next++;
    const json = JSON.stringify([0, id, name, parameters]);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.socket.write(`${Buffer.byteLength(json, 'utf8')}:${json}`);
    });
  }

  /** The value of `expression` (a promise is awaited) in the browser window, as JSON. */
  async evaluate<R>(expression: string): Promise<R> {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${expression})).then((value) => done({ value }), (e) => done({ error: String(e && e.message || e) }));`;
    const answer = (await this.send('WebDriver:ExecuteAsyncScript', { script, args: [], scriptTimeout: 30_000 })) as { value: { value?: R; error?: string } };
    if (answer.value.error !== undefined) throw new Error(`in the browser window: ${answer.value.error}`);
    return answer.value.value as R;
  }

  close(): void {
    this.socket.destroy();
  }
}
