-- Edited (issue 13): rate-limiter-flexible's RateLimiterPostgres store keeps `expire` as epoch
-- milliseconds (bigint), where its Drizzle store kept a timestamp. Counters and lockouts running
-- at upgrade carry over unchanged.
ALTER TABLE "rate_limits" ALTER COLUMN "expire" SET DATA TYPE bigint USING (extract(epoch FROM "expire") * 1000)::bigint;
