// The admin page's one script of our own: adds the quotelight preview to the Posts collection.
import { registerQuotelightPreview } from './quotelight-decap.js';

registerQuotelightPreview(window.CMS, { collections: ['posts'] });
