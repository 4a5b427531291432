/*
 * Language of the Camunda webapps (Tasklist, Cockpit, Admin, Welcome), imported by each app's scripts/config.js.
 *
 * The 7.24 webapps take the browser's first language when it is listed in config.locales.availableLocales and
 * config.locales.fallbackLocale otherwise; they have no language selector of their own. Listing only the
 * language chosen here therefore makes Bahasa Indonesia the default for every browser, whatever its language
 * preference, while the switch in the page footer (language-switch.js) lets a user choose English.
 */

const STORAGE_KEY = 'kinerja.locale';
const DEFAULT_LOCALE = 'id';
const SUPPORTED_LOCALES = ['id', 'en'];
const SYSTEM_NAME = 'Kinerja ASN Tebing Tinggi';

export function chosenLocale() {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return SUPPORTED_LOCALES.includes(stored) ? stored : DEFAULT_LOCALE;
  } catch (storageUnavailable) {
    return DEFAULT_LOCALE;
  }
}

export function chooseLocale(locale) {
  window.localStorage.setItem(STORAGE_KEY, locale);
  window.location.reload();
}

export function locales() {
  const locale = chosenLocale();
  return {availableLocales: [locale], fallbackLocale: locale};
}

/**
 * The header and the page title show "<vendor> <name>", the login page shows the name alone: the vendor slot
 * carries the app's own name so that every page reads "<app> – Kinerja ASN Tebing Tinggi".
 */
export function branding(appNames) {
  return {vendor: appNames[chosenLocale()] + ' –', name: SYSTEM_NAME};
}

/** Picks the text of the chosen language from {id: '…', en: '…'}, for texts that config.js shows itself. */
export function text(texts) {
  return texts[chosenLocale()];
}
