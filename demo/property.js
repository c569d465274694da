// A site that writes its own JavaScript gives the event as an object: here the page carries it
// as a JSON data block (written by the server, as a CMS template would) and sets `element.event`.
const event = JSON.parse(document.getElementById('demo-event').textContent);
for (const element of document.querySelectorAll('.summary seats-badge, .summary event-agenda')) element.event = event;
