// The demo lesson page: language and level from ?lang=…&level=… (and the two pickers), the step
// in the address (#step=…, kept by <ai-lesson> itself).
const lesson = document.querySelector('ai-lesson');
const form = document.querySelector('.lesson-settings');
const params = new URLSearchParams(location.search);

function apply(name, value) {
  if (!value) return;
  if (name === 'lang') document.documentElement.lang = value;
  else lesson.setAttribute(name, value);
  form.elements[name].value = value;
}
apply('lang', params.get('lang'));
apply('level', params.get('level'));

form.addEventListener('change', (event) => {
  const { name, value } = event.target;
  apply(name, value);
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
});
