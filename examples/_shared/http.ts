// Small JSON-over-HTTP helpers shared by the two server examples (`http-api`, `cds-hooks-service`).
// Only `node:http`: no framework, so every rule a JSON endpoint needs (size limit, media types,
// encodings, error shapes) is visible here in a few lines. How much one request may carry and cause
// is in limits.ts; the order in which requests are answered, in requestQueue.ts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { RequestQueue } from './requestQueue.js';

/** A count as the servers' messages write it, grouped by thousands the same way everywhere: `1,048,576`. */
export const count = (value: number): string => value.toLocaleString('en-US');

/**
 * A request the server refuses, with its HTTP status, a stable snake_case code, a sentence for the
 * client, any headers the status needs (`Allow` for 405), and where in the request the problem is.
 */
export class HttpError extends Error {
  /** The HTTP status. */
  readonly status: number;
  /** A stable snake_case code, e.g. `invalid_json`. */
  readonly code: string;
  /** Headers to add to the response. */
  readonly headers: Readonly<Record<string, string>>;
  /** Where in the request body the problem is (FHIRPath-like, e.g. `stay.end`); empty when it is the request as a whole. */
  readonly expressions: readonly string[];

  constructor(
    status: number,
    code: string,
    message: string,
    extra: { readonly headers?: Readonly<Record<string, string>>; readonly expressions?: readonly string[] } = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.headers = extra.headers ?? {};
    this.expressions = extra.expressions ?? [];
  }
}

/** The R4 `OperationOutcome` of a refused request: one `error` issue. */
interface ErrorOutcome {
  readonly resourceType: 'OperationOutcome';
  readonly issue: readonly {
    readonly severity: 'error';
    /** An R4 IssueType code. */
    readonly code: string;
    readonly details: { readonly coding: readonly { readonly system: string; readonly code: string }[]; readonly text: string };
    readonly diagnostics: string;
    readonly expression?: readonly string[];
  }[];
}

// The R4 IssueType of each status the servers answer with; anything else is an `exception`.
const ISSUE_TYPE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'invalid',
  404: 'not-found',
  405: 'not-supported',
  412: 'required',
  413: 'too-long',
  415: 'not-supported',
  422: 'too-costly',
};

/**
 * The `OperationOutcome` of a refused request: one `error` issue whose `details.coding` carries the
 * stable code in `codeSystem`, whose `diagnostics` is the sentence, and whose `expression` says where
 * in the request the problem is, when it is one place.
 */
function errorOutcome(error: HttpError, codeSystem: string): ErrorOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code: ISSUE_TYPE_BY_STATUS[error.status] ?? 'exception',
        details: { coding: [{ system: codeSystem, code: error.code }], text: error.message },
        diagnostics: error.message,
        ...(error.expressions.length === 0 ? {} : { expression: error.expressions }),
      },
    ],
  };
}

/** `application/json`, or any `application/*+json` type such as `application/fhir+json`. */
function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(mediaType);
}

/** Splits a `Content-Type`/`Accept` item into its lower-cased media type and its parameters. */
function parseMediaType(value: string): { readonly type: string; readonly params: ReadonlyMap<string, string> } {
  const [type = '', ...rest] = value.split(';');
  const params = new Map<string, string>();
  for (const param of rest) {
    const at = param.indexOf('=');
    if (at > 0) params.set(param.slice(0, at).trim().toLowerCase(), param.slice(at + 1).trim().replace(/^"|"$/g, ''));
  }
  return { type: type.trim().toLowerCase(), params };
}

/**
 * Whether the `Accept` header asks for `application/fhir+json` at least as much as for
 * `application/json` (a `q` of 0 means "not acceptable").
 */
export function prefersFhirJson(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  let fhir = 0;
  let json = 0;
  for (const item of accept.split(',')) {
    const { type, params } = parseMediaType(item);
    const q = params.has('q') ? Number(params.get('q')) : 1;
    const weight = Number.isFinite(q) ? q : 0;
    if (type === 'application/fhir+json') fhir = Math.max(fhir, weight);
    else if (type === 'application/json') json = Math.max(json, weight);
  }
  return fhir > 0 && fhir >= json;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a whole body as UTF-8 JSON; throws a 400 {@link HttpError} for bytes that are not UTF-8, an empty body, or text that is not JSON. */
function parseJsonBody(bytes: Buffer): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new HttpError(400, 'invalid_encoding', 'The request body is not valid UTF-8.');
  }
  if (text.trim() === '') throw new HttpError(400, 'empty_body', 'The request body is empty; send a JSON object.');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof SyntaxError ? ` (${error.message})` : '';
    throw new HttpError(400, 'invalid_json', `The request body is not valid JSON${reason}.`);
  }
}

/**
 * Reads the request body as JSON, refusing, in this order: a body that is not JSON by its
 * `Content-Type` (415), a compressed or non-UTF-8 body (415), a body over `maxBytes` (413, checked on
 * the declared length first and then while reading, so an oversized body is never buffered), bytes
 * that are not UTF-8, an empty body, and text that is not JSON (400). Once the whole body has arrived
 * it waits for its turn in `queue` and is parsed in it: the caller answers the request in the same
 * turn, before awaiting anything else.
 *
 * @param request - The incoming request.
 * @param maxBytes - The largest body accepted, in bytes.
 * @param queue - The server's queue of requests.
 * @returns The parsed JSON value.
 */
export function readJsonBody(request: IncomingMessage, maxBytes: number, queue: RequestQueue): Promise<unknown> {
  const contentType = request.headers['content-type'];
  const { type, params } = parseMediaType(contentType ?? '');
  if (!isJsonMediaType(type)) {
    const received = contentType === undefined ? 'no Content-Type' : `Content-Type ${JSON.stringify(contentType.slice(0, 100))}`;
    return Promise.reject(
      new HttpError(415, 'unsupported_media_type', `Send the body as application/json; received ${received}.`),
    );
  }
  const charset = params.get('charset');
  if (charset !== undefined && charset.toLowerCase() !== 'utf-8' && charset.toLowerCase() !== 'utf8') {
    return Promise.reject(new HttpError(415, 'unsupported_charset', 'Send the body in UTF-8.'));
  }
  const encoding = request.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') {
    return Promise.reject(new HttpError(415, 'unsupported_content_encoding', 'Send the body uncompressed.'));
  }
  const tooLarge = (): HttpError =>
    new HttpError(413, 'payload_too_large', `The request body is larger than this server takes (at most ${count(maxBytes)} bytes, maxBodyBytes).`);
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(tooLarge());

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const fail = (error: HttpError): void => {
      if (settled) return;
      settled = true;
      chunks.length = 0;
      reject(error);
    };
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) fail(tooLarge());
      else chunks.push(chunk);
    });
    request.on('error', () => fail(new HttpError(400, 'request_aborted', 'The request body could not be read.')));
    request.on('end', () => {
      if (settled) return;
      settled = true;
      const body = Buffer.concat(chunks);
      chunks.length = 0;
      void queue.turn(body.length).then(() => {
        try {
          resolve(parseJsonBody(body));
        } catch (error) {
          reject(error);
        }
      });
    });
  });
}

/**
 * Sends a JSON response. After a refused body (413) the connection is closed, so that a client
 * still sending is not left waiting and the rest of its body is never read.
 *
 * @param response - The response.
 * @param status - The HTTP status.
 * @param body - Any JSON value.
 * @param options - The media type (default `application/json`), extra headers, whether to close, and
 * the largest answer sent in bytes.
 * @throws HttpError 422 `response_too_large`, before anything is sent, when the answer is over `maxBytes`.
 */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  options: {
    readonly mediaType?: string;
    readonly headers?: Readonly<Record<string, string>>;
    readonly close?: boolean;
    readonly maxBytes?: number;
  } = {},
): void {
  const text = JSON.stringify(body);
  const bytes = Buffer.byteLength(text);
  if (options.maxBytes !== undefined && bytes > options.maxBytes) {
    throw new HttpError(
      422,
      'response_too_large',
      `The answer would be ${count(bytes)} bytes, more than this server sends (at most ${count(options.maxBytes)}, maxResponseBytes); send fewer sessions, or correct the ones reported wrong first.`,
    );
  }
  response.statusCode = status;
  for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
  response.setHeader('Content-Type', `${options.mediaType ?? 'application/json'}; charset=utf-8`);
  response.setHeader('Content-Length', bytes);
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  if (options.close === true) response.setHeader('Connection', 'close');
  response.end(text);
}

/**
 * Answers what a handler threw, as an `OperationOutcome` (see {@link errorOutcome}): an
 * {@link HttpError} with its own status, anything else as a 500 that tells the client nothing of the
 * internals. When the answer had already begun, the connection is closed instead.
 *
 * @param response - The response.
 * @param thrown - What the handler threw.
 * @param options - The code system of the stable codes, the media type, and headers for every answer (CORS).
 */
export function sendError(
  response: ServerResponse,
  thrown: unknown,
  options: { readonly codeSystem: string; readonly mediaType?: string; readonly headers?: Readonly<Record<string, string>> },
): void {
  const error = thrown instanceof HttpError ? thrown : new HttpError(500, 'internal_error', 'The request could not be processed.');
  if (response.headersSent) {
    response.destroy();
    return;
  }
  sendJson(response, error.status, errorOutcome(error, options.codeSystem), {
    ...(options.mediaType === undefined ? {} : { mediaType: options.mediaType }),
    headers: { ...options.headers, ...error.headers },
    close: error.status === 413,
  });
}

/** The path of a request URL without its query string; `undefined` when the URL cannot be read. */
export function pathnameOf(url: string | undefined): string | undefined {
  if (url === undefined || !url.startsWith('/')) return undefined;
  try {
    return new URL(url, 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}

/** `value` when it is a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a request log line holds: never a header value or a body, which can carry health data. */
export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly milliseconds: number;
}

/**
 * A `node:http` server around an async request handler: each finished request is passed to `log`
 * (method, path, status and time only), clients that trickle their headers or body cannot hold a
 * connection open for minutes, and a handler that fails even to answer its error closes its own
 * connection and nothing else.
 */
export function createLoggedServer(
  handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
  log: ((entry: RequestLogEntry) => void) | undefined,
): Server {
  const server = createServer((request, response) => {
    const started = performance.now();
    response.on('finish', () => {
      log?.({
        method: request.method ?? '',
        path: pathnameOf(request.url) ?? '(unreadable)',
        status: response.statusCode,
        milliseconds: Math.round(performance.now() - started),
      });
    });
    handle(request, response).catch(() => response.destroy());
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  return server;
}

/** Prints one line per request, for the examples' command-line entry points. */
export const logToConsole = (entry: RequestLogEntry): void =>
  console.log(`${entry.method} ${entry.path} ${entry.status} ${entry.milliseconds} ms`);

/**
 * Listens on 127.0.0.1 at `port` (0 for any free port), prints `describe(actualPort)`, and closes the
 * server on Ctrl+C or SIGTERM.
 */
export function serveUntilStopped(server: Server, port: number, describe: (port: number) => string): void {
  server.on('error', (error) => {
    console.error(`Cannot listen on 127.0.0.1:${port}: ${error.message}`);
    process.exitCode = 1;
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    console.log(describe(typeof address === 'object' && address !== null ? address.port : port));
  });
  const stop = (): void => {
    server.close();
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
