export { fromHtml, type FromHtmlOptions } from './from-html.js';
