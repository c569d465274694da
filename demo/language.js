// The demo's language switch, as a partner site might have one: it sets `lang` (and
// `dir="rtl"` for Arabic) on the parts of the page that hold the elements, and every element
// follows. It changes the elements' own words (dates, headings, the form), not the event's text,
// and says so in the language it has set, so a visitor who chose a language can read how to
// change it back. The rest of the site stays Dutch.
const TERMS = {
  nl: {
    label: 'Taal van formulier en kopjes',
    hint: 'Datums, kopjes en het aanmeldformulier volgen deze taal. De beschrijving van de bijeenkomst blijft Nederlands.',
  },
  en: {
    label: 'Language of form and headings',
    hint: 'Dates, headings and the sign-up form follow this language. The description of the meeting stays in Dutch.',
  },
  tr: {
    label: 'Form ve başlıkların dili',
    hint: 'Tarihler, başlıklar ve kayıt formu bu dilde gösterilir. Toplantının açıklaması Felemenkçe kalır.',
  },
  ar: {
    label: 'لغة الاستمارة والعناوين',
    hint: 'تظهر التواريخ والعناوين واستمارة التسجيل بهذه اللغة. ويبقى وصف اللقاء باللغة الهولندية.',
  },
};

const select = document.getElementById('language');

function apply() {
  const language = select.value;
  for (const wrapper of document.querySelectorAll('.follows-language')) {
    wrapper.lang = language;
    wrapper.dir = language === 'ar' ? 'rtl' : 'ltr';
  }
  for (const term of select.closest('.language-switch').querySelectorAll('[data-term]')) {
    term.textContent = TERMS[language][term.dataset.term];
  }
}

select.addEventListener('change', apply);
// A browser may restore the last choice on reload: the page follows what the switch shows.
apply();
