/** A CSV download response with a safe file name (RFC 6266: ASCII fallback plus UTF-8 name). */
export function csvResponse(body: string, fileName: string): Response {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "-").replace(/["\\]/g, "");
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "private, no-store",
    },
  });
}
