/*
 * Footer link that switches the Camunda webapps between Bahasa Indonesia and English (see locale.js).
 * Loaded through config.customScripts; the footer is rendered by AngularJS after this module runs, so the
 * switch is added once the footer's content appears.
 */
import {chooseLocale, chosenLocale} from './locale.js';

const SWITCH_ID = 'kinerja-language-switch';
const CAPTION = {id: 'Bahasa', en: 'Language'};
const LANGUAGE_NAMES = {id: 'Bahasa Indonesia', en: 'English'};

function languageSwitch(current) {
  const container = document.createElement('span');
  container.id = SWITCH_ID;
  container.append(' · ' + CAPTION[current] + ': ');
  Object.keys(LANGUAGE_NAMES).forEach((locale, index) => {
    if (index > 0) {
      container.append(' | ');
    }
    if (locale === current) {
      const name = document.createElement('strong');
      name.textContent = LANGUAGE_NAMES[locale];
      container.append(name);
    } else {
      const link = document.createElement('a');
      link.href = '#';
      link.lang = locale;
      link.textContent = LANGUAGE_NAMES[locale];
      link.addEventListener('click', event => {
        event.preventDefault();
        chooseLocale(locale);
      });
      container.append(link);
    }
  });
  return container;
}

function addToFooter(observer) {
  const version = document.querySelector('footer .version');
  if (version) {
    version.parentNode.append(languageSwitch(chosenLocale()));
    observer.disconnect();
  }
}

document.documentElement.lang = chosenLocale();
const footerWatch = new MutationObserver((mutations, observer) => addToFooter(observer));
footerWatch.observe(document.body, {childList: true, subtree: true});
addToFooter(footerWatch);
