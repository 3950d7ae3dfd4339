/**
 * The benchmark's HTTP client for the review posts: node:http on kept-alive sockets. The client
 * shares the machine's cores with the server and Postgres, so its own CPU is taken from what is
 * measured: Node's fetch spent about 1 ms of CPU per request here (WHATWG streams and headers
 * around undici), plain node:http a fraction of that. pgbench's client, the other side of each
 * ratio, is C. `npm run bench` prints the client's CPU per request beside the server's.
 */
import http from "node:http";

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

export interface PostAnswer {
  status: number;
  body: string;
}

function postOnce(url: URL, headers: Record<string, string>, body: string): Promise<PostAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: "POST", agent, headers: { ...headers, "content-length": String(Buffer.byteLength(body)) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/**
 * POST `body`; tried once more when a kept-alive socket was closed under it (the review posts
 * are idempotent by id, so sending one twice records it once).
 */
export function post(url: string, headers: Record<string, string>, body: string): Promise<PostAnswer> {
  const target = new URL(url);
  return postOnce(target, headers, body).catch(() => postOnce(target, headers, body));
}
