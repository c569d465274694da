/**
 * dist/embed.js: one file that registers every element, for
 * `<script type="module" src="…/embed.js"></script>` in a CMS.
 */
import './nonce.js';
import './elements/event-announcement/define.js';
