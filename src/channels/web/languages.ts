/** The widget speaks every language of the one list (src/i18n/languages.ts); French is the reference. */
export { RTL_LANGUAGES, UI_LANGUAGES as WIDGET_LANGUAGES, type UiLanguage as WidgetLanguage } from "../../i18n/languages.js";
