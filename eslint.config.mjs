// ESLint flat config. Type-aware typescript-eslint rules, React hooks, Next's rules, drizzle's
// guards against a DELETE or UPDATE without WHERE, and the import boundaries the layout relies on:
// lib/ is pure (no database, no Next), components/ never reach into app/.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import drizzle from "eslint-plugin-drizzle";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const restrict = (patterns) => ["error", { patterns }];

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "db/migrations/**",
      "next-env.d.ts",
      "public/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks, drizzle },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      ...reactHooks.configs.recommended.rules,
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "error",
      eqeqeq: ["error", "smart"],
    },
  },
  {
    // lib/ is pure domain code: it takes `now`, a random source and data as arguments.
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict([
        { group: ["@/db", "@/db/*", "../db/*", "../../db/*"], message: "lib/ is pure: pass data in, query in db/ or server/." },
        { group: ["next", "next/*", "next-auth", "next-auth/*"], message: "lib/ is pure: Next and Auth.js belong in app/ or server/." },
        { group: ["@/server/*", "@/app/*", "@/components/*"], message: "lib/ must not depend on the app layers above it." },
      ]),
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict([{ group: ["@/app/*"], message: "components/ are shared: move what they need out of app/." }]),
    },
  },
  {
    files: ["db/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict([
        {
          group: ["@/app/*", "@/components/*", "@/server/*"],
          message: "db/ sits below the app: it must not import app, components or server code.",
        },
        { group: ["next", "next/*"], message: "db/ runs outside Next too (scripts, tests): no Next imports." },
      ]),
    },
  },
  {
    // Every server action goes through defineAction (server/actions), so none can skip the session,
    // role, input-shape or error handling: a "use server" file exports no bare function.
    files: ["**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...[
          "ExportNamedDeclaration > FunctionDeclaration",
          "ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > ArrowFunctionExpression",
          "ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > FunctionExpression",
        ].map((exported) => ({
          selector: `Program:has(> ExpressionStatement[directive='use server']) ${exported}`,
          message: "Build server actions with defineAction from @/server/actions, not as bare functions.",
        })),
      ],
    },
  },
  {
    // Scripts and tests print their figures; the app logs through the structured logger.
    files: ["scripts/**", "tests/**", "*.config.*", "db/seed/**", "db/startup.ts", "db/migrate.ts"],
    rules: { "no-console": "off" },
  },
);
