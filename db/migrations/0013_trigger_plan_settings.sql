-- Hand-written (issue 13): a small review batch's statements are prepared and, for their
-- transaction only, planned afresh on every run (`set local plan_cache_mode = force_custom_plan`,
-- see db/queries/review-statements.ts). The dashboard trigger that their log insert fires keeps
-- the default, so its plpgsql statements keep using their cached plans: today they take no
-- parameters and would anyway, and this keeps it so if one ever does.
ALTER FUNCTION dashboard_count_new_reviews() SET plan_cache_mode = auto;
