// The conversation's event WebSocket: authenticates with the session token as its first message and, when the
// server or the network drops it, reconnects with exponential backoff (the server then sends a fresh snapshot).

import { session, wsUrl } from "./common.js";

const FATAL_CODES = new Set([4401, 4403, 4404]);
const MAX_DELAY_MS = 10000;

export class EventSocket {
  /**
   * path: "/api/conversations/{id}/events"
   * onEvent(event): every parsed message; onStatus("connecting"|"online"|"retry"|null (not connected, on purpose));
   * onFatal(code): 4401 (bad token), 4403 (not yours), 4404 (unknown): no reconnection;
   * shouldReconnect(): false once reconnecting is pointless (conversation closed).
   */
  constructor(path, { onEvent, onStatus, onFatal, shouldReconnect = () => true }) {
    this.path = path;
    this.handlers = { onEvent, onStatus, onFatal, shouldReconnect };
    this.ws = null;
    this.attempt = 0;
    this.timer = null;
    this.stopped = false;
  }

  open() {
    this.stopped = false;
    this.handlers.onStatus(this.attempt ? "retry" : "connecting");
    const ws = new WebSocket(wsUrl(this.path));
    this.ws = ws;
    ws.addEventListener("open", () => ws.send(JSON.stringify({ type: "auth", token: session.token })));
    ws.addEventListener("message", (message) => this.receive(message));
    ws.addEventListener("close", (event) => this.closed(ws, event));
  }

  receive(message) {
    let event;
    try {
      event = JSON.parse(message.data);
    } catch {
      console.warn("events: not JSON", message.data);
      return;
    }
    if (event.type === "snapshot") {
      this.attempt = 0;
      this.handlers.onStatus("online");
    }
    this.handlers.onEvent(event);
  }

  closed(ws, event) {
    if (ws !== this.ws || this.stopped) return;
    this.ws = null;
    if (FATAL_CODES.has(event.code)) {
      this.stopped = true;
      this.handlers.onFatal(event.code, event.reason);
      return;
    }
    if (!this.handlers.shouldReconnect()) {
      this.handlers.onStatus(null);
      return;
    }
    const delay = Math.min(MAX_DELAY_MS, 500 * 2 ** this.attempt) * (0.8 + Math.random() * 0.4);
    this.attempt += 1;
    this.handlers.onStatus("retry");
    this.timer = setTimeout(() => this.open(), delay);
  }

  /** Close for good (another conversation, sign-out): no reconnection. */
  close() {
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.ws) {
      const ws = this.ws;
      this.ws = null;
      ws.close(1000);
    }
  }
}
