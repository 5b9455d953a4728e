/** Writes in chunks and waits for the stream to drain, so memory stays flat however long the input. */
export class ChunkedWriter {
  private buffer: string[] = [];
  private size = 0;
  constructor(private readonly out: NodeJS.WritableStream) {}
  async push(text: string): Promise<void> {
    if (this.add(text)) await this.flush();
  }
  /** Adds text without waiting (no promise per line); true when enough is buffered that it should be flushed. */
  add(text: string): boolean {
    this.buffer.push(text);
    this.size += text.length;
    return this.size >= 64 * 1024;
  }
  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.out.write(chunk)) await new Promise<void>((resolve) => this.out.once('drain', () => resolve()));
  }
}
