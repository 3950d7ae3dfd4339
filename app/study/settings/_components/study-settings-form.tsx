"use client";

import { useMemo, useState } from "react";
import { BarChart } from "@/components/charts/bar-chart";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveStudySettingsAction } from "@/app/study/_actions/settings";
import type { CardState, StudySettings } from "@/lib/scheduling";
import { DESIRED_RETENTION, NEW_PER_DAY } from "@/lib/scheduling/limits";
import { forecastReviews } from "@/lib/scheduling/forecast";

export type SerializedState = Omit<CardState, "due" | "lastReview"> & { due: string; lastReview: string | null };

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const FORECAST_DAYS = 30;
/** Fixed, so moving a slider back gives back the same chart. */
const FORECAST_SEED = 16;

export function StudySettingsForm({
  settings,
  states,
  unstarted,
  weights,
  timeZones,
  nowIso,
}: {
  settings: StudySettings;
  states: SerializedState[];
  unstarted: number;
  weights: number[] | null;
  timeZones: string[];
  nowIso: string;
}) {
  const [retention, setRetention] = useState(Math.round(settings.desiredRetention * 100));
  const [newPerDay, setNewPerDay] = useState(String(settings.newPerDay));
  const cards = useMemo(
    () => states.map((s) => ({ ...s, due: new Date(s.due), lastReview: s.lastReview ? new Date(s.lastReview) : null })),
    [states],
  );
  const parsedNew = Math.min(NEW_PER_DAY.max, Math.max(0, Math.floor(Number(newPerDay) || 0)));
  const forecast = useMemo(
    () =>
      forecastReviews({
        now: new Date(nowIso),
        states: cards,
        newAvailable: unstarted,
        newPerDay: parsedNew,
        desiredRetention: retention / 100,
        weights: weights ?? undefined,
        days: FORECAST_DAYS,
        runs: 4,
        seed: FORECAST_SEED,
      }),
    [cards, unstarted, parsedNew, retention, weights, nowIso],
  );
  const total = forecast.reduce((sum, d) => sum + d.reviews, 0);
  const average = Math.round(total / FORECAST_DAYS);
  const firstWeek = Math.round(forecast.slice(0, 7).reduce((sum, d) => sum + d.reviews, 0) / 7);

  return (
    <ActionForm action={saveStudySettingsAction} className="stack">
      {(state) => (
        <>
          <div className="field">
            <label htmlFor="field-desiredRetention">
              Desired retention: <output htmlFor="field-desiredRetention">{retention}%</output>
            </label>
            <p id="retention-hint" className="field-hint">
              How likely you want to be to remember a question when it comes back. Higher means more reviews.
            </p>
            <input
              id="field-desiredRetention"
              name="desiredRetention"
              type="range"
              min={DESIRED_RETENTION.min * 100}
              max={DESIRED_RETENTION.max * 100}
              step={1}
              value={retention}
              onChange={(event) => setRetention(Number(event.target.value))}
              aria-describedby="retention-hint"
              aria-invalid={state.fieldErrors?.desiredRetention ? true : undefined}
            />
            {state.fieldErrors?.desiredRetention && (
              <p className="field-error" role="alert">
                {state.fieldErrors.desiredRetention}
              </p>
            )}
          </div>

          <section className="card stack" aria-labelledby="forecast-title">
            <h2 id="forecast-title">Reviews per day, next {FORECAST_DAYS} days</h2>
            <p data-testid="forecast-summary">
              About <strong data-testid="forecast-average">{average}</strong> reviews a day at {retention}% ({firstWeek} a day in the first
              week, <span data-testid="forecast-total">{Math.round(total)}</span> in all), with {parsedNew} new a day.
            </p>
            <BarChart
              title="Forecast reviews per day"
              unit="reviews"
              bars={forecast.map((d) => ({
                label: d.day === 0 ? "Today" : `In ${d.day} day${d.day === 1 ? "" : "s"}`,
                tick: d.day > 0 && d.day % 7 === 0 ? `+${d.day}d` : undefined,
                minorTick: d.day % 14 === 7,
                value: Math.round(d.reviews),
              }))}
            />
            <p className="muted">
              A simulation from your own memory of each question; reviews of brand-new questions on their first day are not counted.
            </p>
          </section>

          <Field
            name="newPerDay"
            label="New questions per day"
            type="number"
            inputMode="numeric"
            min={NEW_PER_DAY.min}
            max={NEW_PER_DAY.max}
            value={newPerDay}
            onChange={(event) => setNewPerDay(event.target.value)}
            required
            error={state.fieldErrors?.newPerDay}
          />
          <Field
            name="reviewCap"
            label="Most reviews per day (empty: no limit)"
            type="number"
            inputMode="numeric"
            min={1}
            defaultValue={state.values?.reviewCap ?? (settings.reviewCap === null ? "" : String(settings.reviewCap))}
            error={state.fieldErrors?.reviewCap}
          />
          <div className="field">
            <label htmlFor="field-dayStartHour">My day starts at</label>
            <p id="day-start-hint" className="field-hint">
              Reviews before this hour count for the day before (useful if you study after midnight).
            </p>
            <select
              id="field-dayStartHour"
              name="dayStartHour"
              defaultValue={String(settings.dayStartHour)}
              aria-describedby="day-start-hint"
            >
              {HOURS.map((h) => (
                <option key={h} value={h}>
                  {String(h).padStart(2, "0")}:00
                </option>
              ))}
            </select>
            {state.fieldErrors?.dayStartHour && (
              <p className="field-error" role="alert">
                {state.fieldErrors.dayStartHour}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="field-timeZone">Time zone</label>
            <select id="field-timeZone" name="timeZone" defaultValue={settings.timeZone ?? ""}>
              <option value="">The device I am using</option>
              {timeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </select>
            {state.fieldErrors?.timeZone && (
              <p className="field-error" role="alert">
                {state.fieldErrors.timeZone}
              </p>
            )}
          </div>
          <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
