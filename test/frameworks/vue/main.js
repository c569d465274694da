import { createApp } from 'vue';
import App from './App.vue';
import { start } from '../shared.ts';

void start(() => {
  createApp(App).mount('#app');
});
