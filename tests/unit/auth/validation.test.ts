import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { firstFieldErrors } from "@/lib/forms";
import { signUpSchema } from "@/lib/validation/auth";

describe("signUpSchema", () => {
  const valid = { name: "Ana", email: " Ana@Example.com ", password: "long enough", role: "student" };

  it("accepts a valid sign-up and normalises the email", () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.email).toBe("ana@example.com");
  });

  it("explains each bad field in words a user understands", () => {
    const result = signUpSchema.safeParse({ name: " ", email: "not-an-email", password: "short", role: "admin" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(firstFieldErrors(result.error)).toEqual({
      name: "Enter your name.",
      email: "Enter a valid email address, like name@example.com.",
      password: "Use at least 8 characters for your password.",
      role: "Choose whether you are a student or a teacher.",
    });
  });

  it("accepts exactly 8 characters and refuses 7", () => {
    expect(signUpSchema.safeParse({ ...valid, password: "12345678" }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...valid, password: "1234567" }).success).toBe(false);
  });
});

describe("safeCallbackPath", () => {
  it.each(["/study", "/teach?tab=sets", "/timeline#2022"])("keeps the same-site path %s", (path) => {
    expect(safeCallbackPath(path)).toBe(path);
  });

  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/sign-in", "/api/me", 42, undefined])(
    "refuses %s",
    (value) => {
      expect(safeCallbackPath(value)).toBeNull();
    },
  );
});
