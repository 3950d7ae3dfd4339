import { topicLabel } from "@/components/content/topic-label";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { eventKindSchema, topicSchema } from "@/lib/events/schema";
import type { FormState } from "@/lib/forms";

export interface EventFormValues {
  title: string;
  name: string;
  summary: string;
  kind: string;
  dateIso: string;
  precision: string;
  basis: string;
  dateNote: string;
  tag: string;
  /** Names, "a; b". */
  actors: string;
  places: string;
  discussed: string;
  /** One quantity per line. */
  numbers: string;
  sourceId: string;
}

export const EMPTY_EVENT: EventFormValues = {
  title: "",
  name: "",
  summary: "",
  kind: "meeting",
  dateIso: "",
  precision: "day",
  basis: "event",
  dateNote: "",
  tag: "diplomacy",
  actors: "",
  places: "",
  discussed: "",
  numbers: "",
  sourceId: "",
};

const KIND_LABELS: Record<string, string> = {
  appointment: "Appointment (someone takes office)",
  background: "Background (a standing fact)",
};

/**
 * An event's own fields, in plain words. People and places are typed as the collection's names
 * (semicolons between them); the action resolves them and refuses an unknown one beside its field.
 */
export function EventFields({
  idPrefix,
  initial,
  sources,
  state,
}: {
  idPrefix: string;
  initial: EventFormValues;
  sources: { id: string; title: string }[];
  state: FormState<string>;
}) {
  const id = (f: string) => `${idPrefix}-${f}`;
  const value = (f: keyof EventFormValues) => state.values?.[f] ?? initial[f];
  const error = (f: string) => state.fieldErrors?.[f];
  return (
    <>
      <Field
        id={id("title")}
        name="title"
        label="Title"
        hint="A short headline in your own words."
        defaultValue={value("title")}
        error={error("title")}
      />
      <TextAreaField
        id={id("summary")}
        name="summary"
        label="Summary in your own words"
        hint="Two or three sentences: what happened and why it mattered."
        defaultValue={value("summary")}
        error={error("summary")}
      />
      <SelectField
        id={id("kind")}
        name="kind"
        label="Kind of event"
        value={value("kind")}
        options={eventKindSchema.options.map((k) => [k, KIND_LABELS[k] ?? topicLabel(k)] as const)}
        error={error("kind")}
      />
      <Field
        id={id("dateIso")}
        name="dateIso"
        label="Date"
        hint="YYYY-MM-DD, YYYY-MM or YYYY, as precisely as the source says."
        defaultValue={value("dateIso")}
        error={error("dateIso")}
      />
      <SelectField
        id={id("precision")}
        name="precision"
        label="The date is known to the"
        value={value("precision")}
        options={[
          ["day", "Day (YYYY-MM-DD)"],
          ["month", "Month (YYYY-MM)"],
          ["year", "Year (YYYY)"],
        ]}
        error={error("precision")}
      />
      <SelectField
        id={id("basis")}
        name="basis"
        label="The date is"
        value={value("basis")}
        options={[
          ["event", "When it happened"],
          ["derived", "Worked out from the source (e.g. counted back from an anniversary)"],
          ["reported", "When a source reported it (an ongoing situation)"],
          ["planned", "When it was planned for"],
        ]}
        hint="Timelines and “when” questions use only the first two."
        error={error("basis")}
      />
      <Field
        id={id("dateNote")}
        name="dateNote"
        label="How the date was worked out (optional)"
        hint="E.g. “the article of 20 Nov says ‘on Sunday’”."
        defaultValue={value("dateNote")}
        error={error("dateNote")}
      />
      <Field
        id={id("actors")}
        name="actors"
        label="Who took part"
        hint="Names of the collection's people and organisations, separated by semicolons."
        defaultValue={value("actors")}
        error={error("actors")}
      />
      <Field
        id={id("places")}
        name="places"
        label="Where it happened"
        hint="The venue: names of the collection's places, separated by semicolons."
        defaultValue={value("places")}
        error={error("places")}
      />
      <Field
        id={id("discussed")}
        name="discussed"
        label="What it was about (optional)"
        hint="Places or things discussed without it happening there, separated by semicolons."
        defaultValue={value("discussed")}
        error={error("discussed")}
      />
      <TextAreaField
        id={id("numbers")}
        name="numbers"
        label="Numbers in it (optional)"
        hint="One per line: the number, its unit, a colon, then what it counts, e.g. “141 countries: votes in favour”."
        rows={2}
        defaultValue={value("numbers")}
        error={error("numbers")}
      />
      <SelectField
        id={id("tag")}
        name="tag"
        label="Topic"
        value={value("tag")}
        options={topicSchema.options.map((t) => [t, topicLabel(t)] as const)}
        error={error("tag")}
      />
      <SelectField
        id={id("sourceId")}
        name="sourceId"
        label="The source it cites"
        value={value("sourceId")}
        options={[["", "Choose…"], ...sources.map((s) => [s.id, s.title] as const)]}
        error={error("sourceId")}
      />
      <Field
        id={id("name")}
        name="name"
        label="Its name inside a sentence (optional)"
        hint="E.g. “the first Moon landing”: needed to connect it to another event."
        defaultValue={value("name")}
        error={error("name")}
      />
    </>
  );
}
