import { mount } from 'svelte';
import App from './App.svelte';
import { start } from '../shared.ts';

void start(() => {
  mount(App, { target: document.getElementById('app') });
});
