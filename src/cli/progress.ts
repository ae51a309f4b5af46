/** A one-line progress bar with rate and ETA, drawn on a terminal only (never into pipes or logs). */
export class Progress {
  private readonly started = Date.now();
  private done = 0;
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    label = 'analysed',
  ) {
    this.enabled = !!stream.isTTY && total > 1 && !process.env.CI;
    this.label = label;
  }

  private readonly label: string;

  tick(): void {
    this.done++;
    const now = Date.now();
    if (this.enabled && (now - this.lastDraw > 100 || this.done === this.total)) {
      this.lastDraw = now;
      this.stream.write(`\r${this.line(now)}\x1b[K`);
    }
  }

  finish(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }

  line(now = Date.now()): string {
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const rate = this.done / seconds;
    const width = 24;
    const filled = Math.round((this.done / Math.max(this.total, 1)) * width);
    const eta = rate > 0 ? Math.ceil((this.total - this.done) / rate) : 0;
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${this.label} · ${rate.toFixed(1)}/s · ETA ${eta}s`;
  }
}
