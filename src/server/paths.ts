/** Where the server finds its static files and locale files, whatever the working directory. */
export { PROJECT_ROOT, PUBLIC_DIR, LOCALES_DIR } from "../project-root.js";
