/**
 * `npm run seed:demo` — add a realistic demo class to the demo teacher on the configured database
 * (DATABASE_URL, or the PGlite folder in PGLITE_DIR): about thirty students, two quiz sets, a
 * past-due scored quiz, an open practice assignment and four weeks of reviews. Idempotent: when
 * the class is already there it says so and changes nothing.
 */
import { seedDatabase } from "../db/seed";
import { DEMO_PASSWORD } from "../db/seed/demo-users";
import { DEMO_STUDENT_NAMES, demoStudentEmail, DEMO_TEACHER_EMAIL, DemoTeacherMissingError, seedDemoClass } from "../db/seed/demo-class";
import { openCliDatabase } from "./lib/open-cli-db";

const handle = await openCliDatabase();
try {
  // The demo teacher and the question bank come from the ordinary start-up seed.
  await seedDatabase(handle.db, { demoUsers: true });
  const started = performance.now();
  const report = await seedDemoClass(handle.db, { now: new Date() });
  if (report.status === "present") {
    console.log(
      `[kizuna] demo class already present ("${report.className}", join code ${report.joinCode}) in ${handle.engine} at ${handle.location}`,
    );
  } else {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`[kizuna] created the demo class in ${handle.engine} at ${handle.location} (${seconds} s):`);
    console.log(`  class        ${report.className} — ${report.students} students, join code ${report.joinCode}`);
    for (const set of report.sets) console.log(`  quiz set     ${set.name} (${set.questions} questions)`);
    for (const a of report.assignments) {
      const kind = a.isQuiz ? `scored quiz, ${a.quizAttempts} submitted attempts` : "practice";
      console.log(`  assignment   ${a.setName}: ${kind}, due ${a.dueAt.toISOString().slice(0, 16).replace("T", " ")} UTC`);
    }
    console.log(`  reviews      ${report.reviews}`);
    console.log("");
    console.log(`Sign in as the teacher ${DEMO_TEACHER_EMAIL} (password "${DEMO_PASSWORD}") and open Teach → ${report.className}.`);
    console.log(`Students: ${demoStudentEmail(0)} … ${demoStudentEmail(DEMO_STUDENT_NAMES.length - 1)}, same password.`);
  }
} catch (error) {
  if (error instanceof DemoTeacherMissingError) {
    console.error(`[kizuna] ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await handle.close();
}
