-- Hand-written (issue 13): the dashboard aggregates follow every insert into review_logs, in the
-- inserting transaction, one set-based upsert per statement (a batch of 50 reviews is one
-- insert, so one firing). The joins are ASSIGNMENT_REVIEWS per assignment, as in
-- db/queries/dashboard/aggregates.ts (its recount is checked against this by a db test).
CREATE FUNCTION dashboard_count_new_reviews() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO assignment_question_stats AS s (assignment_id, user_id, question_id, reviews, quiz_answers, quiz_correct,
      first_at, last_at, first_quiz_at, first_quiz_id, first_quiz_correct, first_quiz_ms)
    SELECT a.id, r.user_id, i.question_id,
           count(*)::int, (count(*) FILTER (WHERE r.mode = 'quiz'))::int,
           (count(*) FILTER (WHERE r.mode = 'quiz' AND r.correct))::int,
           min(r.reviewed_at), max(r.reviewed_at),
           min(r.reviewed_at) FILTER (WHERE r.mode = 'quiz'),
           (array_agg(r.id ORDER BY r.reviewed_at, r.id) FILTER (WHERE r.mode = 'quiz'))[1],
           (array_agg(r.correct ORDER BY r.reviewed_at, r.id) FILTER (WHERE r.mode = 'quiz'))[1],
           (array_agg(r.response_ms ORDER BY r.reviewed_at, r.id) FILTER (WHERE r.mode = 'quiz'))[1]
    FROM new_logs r
    JOIN questions sq ON sq.item_id = r.item_id
    JOIN quiz_set_items i ON i.question_id = sq.id
    JOIN assignments a ON a.set_id = i.set_id AND r.reviewed_at >= a.created_at
    JOIN enrollments e ON e.class_id = a.class_id AND e.student_id = r.user_id
    GROUP BY a.id, r.user_id, i.question_id
  ON CONFLICT (assignment_id, user_id, question_id) DO UPDATE SET
    reviews = s.reviews + excluded.reviews,
    quiz_answers = s.quiz_answers + excluded.quiz_answers,
    quiz_correct = s.quiz_correct + excluded.quiz_correct,
    first_at = least(s.first_at, excluded.first_at),
    last_at = greatest(s.last_at, excluded.last_at),
    first_quiz_at = CASE WHEN excluded.first_quiz_at IS NOT NULL AND (s.first_quiz_at IS NULL
        OR (excluded.first_quiz_at, excluded.first_quiz_id) < (s.first_quiz_at, s.first_quiz_id))
      THEN excluded.first_quiz_at ELSE s.first_quiz_at END,
    first_quiz_id = CASE WHEN excluded.first_quiz_at IS NOT NULL AND (s.first_quiz_at IS NULL
        OR (excluded.first_quiz_at, excluded.first_quiz_id) < (s.first_quiz_at, s.first_quiz_id))
      THEN excluded.first_quiz_id ELSE s.first_quiz_id END,
    first_quiz_correct = CASE WHEN excluded.first_quiz_at IS NOT NULL AND (s.first_quiz_at IS NULL
        OR (excluded.first_quiz_at, excluded.first_quiz_id) < (s.first_quiz_at, s.first_quiz_id))
      THEN excluded.first_quiz_correct ELSE s.first_quiz_correct END,
    first_quiz_ms = CASE WHEN excluded.first_quiz_at IS NOT NULL AND (s.first_quiz_at IS NULL
        OR (excluded.first_quiz_at, excluded.first_quiz_id) < (s.first_quiz_at, s.first_quiz_id))
      THEN excluded.first_quiz_ms ELSE s.first_quiz_ms END;

  INSERT INTO assignment_wrong_answers (assignment_id, user_id, question_id, answer_hash, answer)
    SELECT DISTINCT a.id, r.user_id, i.question_id, md5(r.answer::text), r.answer
    FROM new_logs r
    JOIN questions sq ON sq.id = r.question_id AND sq.item_id = r.item_id
    JOIN quiz_set_items i ON i.question_id = sq.id
    JOIN assignments a ON a.set_id = i.set_id AND r.reviewed_at >= a.created_at
    JOIN enrollments e ON e.class_id = a.class_id AND e.student_id = r.user_id
    WHERE r.mode = 'quiz' AND NOT r.correct AND r.answer IS NOT NULL AND jsonb_typeof(r.answer) <> 'null'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER review_logs_dashboard_counts AFTER INSERT ON review_logs
  REFERENCING NEW TABLE AS new_logs FOR EACH STATEMENT EXECUTE FUNCTION dashboard_count_new_reviews();
