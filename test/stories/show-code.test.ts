import { expect } from '@open-wc/testing';
import { toSnippet } from '../../src/snippet/snippet.js';
import { upcomingSeed } from '../../stories/seed.js';
import { showCode } from '../../stories/show-code.js';

describe('Storybook: "Show code" gives the snippet with the story’s data', () => {
  it('an announcement story: the snippet for its event, in its language', () => {
    const code = showCode('<event-announcement lang="en-GB"></event-announcement>', { component: 'event-announcement', args: { event: upcomingSeed, lang: 'en-GB' } });
    expect(code).to.equal(toSnippet(upcomingSeed, { lang: 'en' }));
    expect(code).to.contain('data-event=').and.to.contain('<article>');
  });

  it('an agenda, a badge and a form: their own element, with the part of the readable version they show', () => {
    const agenda = showCode('<event-agenda lang="nl"></event-agenda>', { component: 'event-agenda', args: { event: upcomingSeed } });
    expect(agenda).to.match(/^<event-agenda lang="nl" data-event='[^']+'>\n<article>\n {2}<h3>Programma<\/h3>/);
    const badge = showCode('<seats-badge></seats-badge>', { component: 'seats-badge', args: { event: upcomingSeed } });
    expect(badge).to.match(/^<seats-badge lang="nl" data-event='[^']+'><\/seats-badge>\n$/);
    const form = showCode('<registration-form lang="tr"></registration-form>', { component: 'registration-form', args: { event: upcomingSeed, lang: 'tr' } });
    expect(form).to.match(/^<registration-form lang="tr" data-event='[^']+'>\n<article>\n {2}<h3>Kayıt<\/h3>/);
  });

  it('a story with more on the element, or without an event, keeps the code Storybook made', () => {
    const hide = '<event-announcement lang="nl" hide="audience"></event-announcement>';
    expect(showCode(hide, { component: 'event-announcement', args: { event: upcomingSeed } })).to.equal(hide);
    const alone = '<seats-badge capacity="40" remaining="3"></seats-badge>';
    expect(showCode(alone, { component: 'seats-badge', args: {} })).to.equal(alone);
    const broken = '<event-announcement lang="nl"></event-announcement>';
    expect(showCode(broken, { component: 'event-announcement', args: { event: { name: 3 } } })).to.equal(broken);
  });
});
