/** Where the shipped files are, whatever the current directory (the CLI may run from anywhere). */
export { PROJECT_ROOT, LOCALES_DIR, CONTENT_DIR as DEFAULT_CONTENT_DIR } from "../project-root.js";
