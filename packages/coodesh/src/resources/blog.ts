import type { WpListQuery } from '../models/blog.js';
import type { CoodeshRequestOptions } from '../scope.js';
import { CoodeshResource, type CoodeshCaller } from './base.js';

/** Blog posts (WordPress REST, served from the API host). */
export class BlogPosts extends CoodeshResource {
  /**
   * Blog posts in WordPress REST format (id, date, slug, status, type, rendered title/excerpt/content,
   * author, featured media, category and tag ids). `GET /wp-json/wp/v2/posts` with WordPress's
   * `page`/`per_page` (1..100), `search`, `categories`, `tags`, `orderby`/`order`, `slug`, `_fields` and
   * `context`. The body is a bare array: the totals are in the `x-wp-total` / `x-wp-totalpages`
   * headers (`.withResponse()`). Public: the API key is not sent.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  list(query: WpListQuery = {}, options?: CoodeshRequestOptions) {
    return this.send('blog.posts.list', { query }, options);
  }
}

/** Blog categories (WordPress REST, served from the API host). */
export class BlogCategories extends CoodeshResource {
  /**
   * Blog categories in WordPress REST format (id, count, description, name, slug, taxonomy, parent).
   * `GET /wp-json/wp/v2/categories`, same query parameters as posts. Public: the API key is not sent.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  list(query: WpListQuery = {}, options?: CoodeshRequestOptions) {
    return this.send('blog.categories.list', { query }, options);
  }
}

/** The Coodesh blog. */
export class Blog {
  /** Blog posts. */
  readonly posts: BlogPosts;
  /** Blog categories. */
  readonly categories: BlogCategories;

  /** The resource and its sub-resources, calling `client`. */
  constructor(client: CoodeshCaller) {
    this.posts = new BlogPosts(client);
    this.categories = new BlogCategories(client);
  }
}
