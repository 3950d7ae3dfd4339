/** `npm run build`: the app and its service worker (see scripts/lib/build-app.ts). */
import { buildApp } from "./lib/build-app";

process.exit(buildApp(process.cwd()) ? 0 : 1);
