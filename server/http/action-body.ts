/**
 * Can Next decode this server-action body? React encodes an action's arguments as a JSON array,
 * either as the whole body (text/plain) or as the form field "0" of a multipart body. A body that
 * is not valid JSON, or is JSON but not an array, makes Next's decoder or its `apply` throw: a
 * 500. proxy.ts refuses those with a 400 before they get that far; anything decodable reaches the
 * action wrapper (server/actions), which checks the arguments themselves.
 */
function isJsonArray(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

export async function isDecodableActionBody(request: Request): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data")) {
      const form = await request.clone().formData();
      const args = form.get("0");
      // No "0": a form posted without JavaScript (progressive enhancement), decoded by Next as a form.
      if (args === null) return form.keys().next().done !== true;
      return typeof args === "string" && isJsonArray(args);
    }
    return isJsonArray(await request.clone().text());
  } catch {
    return false; // a multipart body that does not parse
  }
}
