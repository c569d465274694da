// The demo's language switch, as a partner site might have one: it sets `lang` (and
// `dir="rtl"` for Arabic) on the parts of the page that hold the elements, and every element
// follows. The demo's own text stays Dutch.
const select = document.getElementById('language');

function apply() {
  for (const wrapper of document.querySelectorAll('.follows-language')) {
    wrapper.lang = select.value;
    wrapper.dir = select.value === 'ar' ? 'rtl' : 'ltr';
  }
}

select.addEventListener('change', apply);
// A browser may restore the last choice on reload: the page follows what the switch shows.
apply();
