// Node answers requests on one thread: while one request's body is parsed and checked, every other
// request waits. The limits (limits.ts) bound how long that can take; this queue bounds how many such
// waits a request can be stuck behind. Requests whose bodies have arrived are started one per turn of
// the event loop, the smallest body first, so that between two of them Node reads whatever else has
// arrived: a small request waits for at most the one request already running, never for a line of
// large ones that a client keeps sending.

/** Starts waiting requests one per turn of the event loop, the smallest body first. */
export class RequestQueue {
  readonly #waiting: { readonly bytes: number; readonly start: () => void }[] = [];
  #scheduled = false;

  /**
   * Resolves when it is the turn of a request whose body has `bytes` bytes; the caller then parses
   * and answers it without awaiting anything else first, so that its work runs in its own turn.
   */
  turn(bytes: number): Promise<void> {
    return new Promise((start) => {
      this.#waiting.push({ bytes, start });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // An immediate queued from an immediate runs on the next turn, after Node has read its sockets.
    setImmediate(() => this.#startNext());
  }

  #startNext(): void {
    this.#scheduled = false;
    let next = 0;
    for (let index = 1; index < this.#waiting.length; index++) {
      if ((this.#waiting[index]?.bytes ?? Infinity) < (this.#waiting[next]?.bytes ?? Infinity)) next = index;
    }
    const [request] = this.#waiting.splice(next, 1);
    if (this.#waiting.length > 0) this.#schedule();
    request?.start();
  }
}
