/** Languages the widget's interface is translated into; French is the reference. */
export const WIDGET_LANGUAGES = ["fr", "en", "ar", "es", "uk", "pt", "tr", "ru", "ro"] as const;
export type WidgetLanguage = (typeof WIDGET_LANGUAGES)[number];
export const RTL_LANGUAGES: ReadonlySet<string> = new Set(["ar"]);
