/**
 * What is logged when Next reports a failed request (instrumentation.ts → onRequestError): the
 * method, the path without its query string, where it failed and the digest the error page
 * shows the user, so a quoted digest finds its log line. Never the headers: they carry the
 * session cookie.
 */
import type { Instrumentation } from "next";
import { log } from "./logger";

type OnRequestError = Instrumentation.onRequestError;
type ErrorRequest = Parameters<OnRequestError>[1];
type ErrorContext = Parameters<OnRequestError>[2];

export interface RequestErrorFields {
  err: unknown;
  method: string;
  path: string;
  routeType: ErrorContext["routeType"];
  routePath: string;
  renderSource?: ErrorContext["renderSource"];
  digest?: string;
}

/** The fields of one failed-request log line. */
export function describeRequestError(
  error: unknown,
  request: Pick<ErrorRequest, "method" | "path">,
  context: ErrorContext,
): RequestErrorFields {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  return {
    err: error,
    method: request.method,
    // Query strings can hold what a user typed; the route is enough to find the code.
    path: request.path.split("?")[0] ?? request.path,
    routeType: context.routeType,
    routePath: context.routePath,
    ...(context.renderSource ? { renderSource: context.renderSource } : {}),
    ...(digest ? { digest } : {}),
  };
}

export const logRequestError: OnRequestError = (error, request, context) => {
  log("request").error(describeRequestError(error, request, context), "request failed");
};
