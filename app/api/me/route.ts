// GET /api/me – who the session belongs to (401 JSON when signed out)
import { NextResponse } from "next/server";
import { withUser } from "@/server/auth/api";

export const GET = withUser(async (_request, user) => NextResponse.json({ user }));
