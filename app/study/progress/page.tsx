import type { Metadata } from "next";
import { cookies } from "next/headers";
import { Suspense } from "react";
import { BarChart } from "@/components/charts/bar-chart";
import { RecallByTopic } from "@/components/progress/recall-by-topic";
import { Skeleton, SkeletonCard, SkeletonStats } from "@/components/ui/skeleton";
import { getDb } from "@/db";
import { countCardsByState, countDueCardsPerDay, countReviewsPerDay, listRecallByTopic, listReviewDays } from "@/db/queries/progress";
import { requireUser, type SessionUser } from "@/server/auth/guards";
import { LEECH_LAPSES } from "@/lib/scheduling";
import { parseUtcOffset } from "@/lib/study/scope";
import { computeStreak, localDayOf } from "@/lib/study/streak";
import { formatChartDay, formatChartDays } from "@/lib/time/chart-day";

export const metadata: Metadata = { title: "Your progress" };

/** How far ahead "What you remember" looks by default: a week, long enough to tell what lasts. */
const DEFAULT_AHEAD_DAYS = 7;
const DAY_MS = 86_400_000;

/** The date to predict recall at: `?at=YYYY-MM-DD` (today up to a year ahead), else a week from now. */
function predictionDate(raw: string | string[] | undefined, now: Date): Date {
  const value = typeof raw === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? new Date(`${raw}T12:00:00Z`) : null;
  if (
    value &&
    !Number.isNaN(value.getTime()) &&
    value.getTime() >= now.getTime() - DAY_MS &&
    value.getTime() <= now.getTime() + 366 * DAY_MS
  ) {
    return value;
  }
  return new Date(now.getTime() + DEFAULT_AHEAD_DAYS * DAY_MS);
}

export default async function ProgressPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/study/progress");
  const query = await searchParams;
  return (
    <main className="stack">
      <h1>Your progress</h1>
      <Suspense
        fallback={
          <Skeleton label="Loading your progress…">
            <SkeletonStats count={3} />
            <SkeletonCard lines={0} chart />
            <SkeletonStats count={4} />
            <SkeletonCard lines={4} />
          </Skeleton>
        }
      >
        <Progress user={user} at={query.at} />
      </Suspense>
    </main>
  );
}

/** Every figure on the page: the queries the skeleton stands in for. */
async function Progress({ user, at: rawAt }: { user: SessionUser; at: string | string[] | undefined }) {
  const offsetMinutes = parseUtcOffset((await cookies()).get("kizuna-tz")?.value);
  const now = new Date();
  const at = predictionDate(rawAt, now);
  const atDay = at.toISOString().slice(0, 10);
  const today = localDayOf(now, offsetMinutes);
  const db = await getDb();
  const [daily, days, states, recall, forecast] = await Promise.all([
    countReviewsPerDay(db, { userId: user.id, today, days: 30, offsetMinutes }),
    listReviewDays(db, { userId: user.id, offsetMinutes }),
    countCardsByState(db, user.id),
    listRecallByTopic(db, { userId: user.id, now, at }),
    countDueCardsPerDay(db, { userId: user.id, today, days: 14, offsetMinutes }),
  ]);
  const streak = computeStreak(days, today);
  const total30 = daily.reduce((n, d) => n + d.reviews, 0);
  const correct30 = daily.reduce((n, d) => n + d.correct, 0);
  // The charts' tables name days as their ticks do ("9 Nov").
  const dailyLabels = formatChartDays(daily.map((d) => d.day));
  const forecastLabels = formatChartDays(forecast.map((d) => d.day));

  return (
    <>
      <dl className="stats stats-wide">
        <div>
          <dt>Streak</dt>
          <dd data-testid="streak">
            {streak} day{streak === 1 ? "" : "s"}
          </dd>
        </div>
        <div>
          <dt>Reviews, last 30 days</dt>
          <dd data-testid="reviews-30">{total30}</dd>
        </div>
        <div>
          <dt>Accuracy, last 30 days</dt>
          <dd>{total30 > 0 ? `${Math.round((correct30 / total30) * 100)}%` : "—"}</dd>
        </div>
      </dl>

      <section className="card" aria-labelledby="daily-title">
        <h2 id="daily-title">Reviews per day</h2>
        <BarChart
          title="Reviews per day, last 30 days"
          unit="reviews"
          highlightLast
          bars={daily.map((d, i) => ({
            label: dailyLabels[i] ?? d.day,
            value: d.reviews,
            // Weekly back from today, so no tick crowds today's; every other one only where there is room.
            tick: (daily.length - 1 - i) % 7 === 0 ? formatChartDay(d.day) : undefined,
            minorTick: (daily.length - 1 - i) % 14 === 7,
          }))}
        />
      </section>

      <section className="card" aria-labelledby="states-title">
        <h2 id="states-title">Your cards</h2>
        <dl className="stats">
          <div>
            <dt>New (not started)</dt>
            <dd data-testid="cards-new">{states.unseen}</dd>
          </div>
          <div>
            <dt>Learning</dt>
            <dd data-testid="cards-learning">{states.learning}</dd>
          </div>
          <div>
            <dt>Review</dt>
            <dd data-testid="cards-review">{states.review}</dd>
          </div>
          <div>
            <dt title={`Forgotten ${LEECH_LAPSES} or more times`}>Leeches</dt>
            <dd data-testid="cards-leech">{states.leech}</dd>
          </div>
        </dl>
        {states.leech > 0 && (
          <p className="muted">Leeches are cards you keep forgetting ({LEECH_LAPSES}+ lapses): reread their events on the timeline.</p>
        )}
      </section>

      <section className="card" aria-labelledby="recall-title">
        <h2 id="recall-title">What you remember now</h2>
        <p className="muted">
          Predicted recall of the facts you have met, per topic: now, and on {formatChartDay(atDay)} if you do not review before then.
        </p>
        <form method="get" className="recall-date-form">
          <label htmlFor="recall-at">Predict for</label>
          <input id="recall-at" name="at" type="date" defaultValue={atDay} />
          <button type="submit" className="button">
            Show
          </button>
        </form>
        {recall.length === 0 ? (
          <p className="muted">Answer a few cards and your predicted recall per topic appears here.</p>
        ) : (
          <RecallByTopic
            rows={recall.map((r) => ({ ...r, over: `${r.items} fact${r.items === 1 ? "" : "s"}` }))}
            dayLabel={formatChartDay(atDay)}
            whose=""
          />
        )}
      </section>

      <section className="card" aria-labelledby="forecast-title">
        <h2 id="forecast-title">Coming up: facts due per day</h2>
        <p className="muted">Today counts everything already overdue and what falls due later today; a session takes up to 20 at a time.</p>
        <BarChart
          title="Facts due per day, next 14 days"
          unit="facts"
          axisLabel="Facts due"
          bars={forecast.map((d, i) => ({
            label: forecastLabels[i] ?? d.day,
            value: d.due,
            tick: i === 0 ? "Today" : i % 3 === 0 ? formatChartDay(d.day) : undefined,
            minorTick: i % 6 === 3,
          }))}
        />
      </section>
    </>
  );
}
