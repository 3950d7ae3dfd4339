// POST /api/reviews: study's hot path, a Pages API route for its lower overhead (server/auth/node-api.ts).
import { nodeApiRoute } from "@/server/auth/node-api";
import { postReviews } from "@/server/reviews/post-reviews";

// The body is read and limited by nodeApiRoute, as text.
export const config = { api: { bodyParser: false } };

export default nodeApiRoute("POST", postReviews);
