/** Registers <registration-form>. Import the class from `registration-form.js` to register it yourself. */
import { define } from '../../define.js';
import { RegistrationForm } from './registration-form.js';

define('registration-form', RegistrationForm);

declare global {
  interface HTMLElementTagNameMap {
    'registration-form': RegistrationForm;
  }
}
