-- Hand-written (issue 13): the review batch's statements are prepared and, for their transaction
-- only, planned afresh on every run (`set local plan_cache_mode = force_custom_plan`, see
-- db/queries/review-statements.ts). The dashboard trigger that their log insert fires keeps the
-- default instead, so its plpgsql statements reuse their cached plans rather than being planned
-- again on every batch.
ALTER FUNCTION dashboard_count_new_reviews() SET plan_cache_mode = auto;
