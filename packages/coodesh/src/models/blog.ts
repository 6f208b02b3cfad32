import { lazySchema, schemaFor } from '@hr/core/internal';
import { z } from 'zod';

/** A rendered WordPress field (title, excerpt, content). */
export interface WpRendered {
  /** The HTML. */
  rendered?: string | null;
  /** Whether the content is password-protected. */
  protected?: boolean | null;
}

/** Schema of {@link WpRendered}. */
export const WpRenderedSchema = lazySchema(() =>
  schemaFor<WpRendered>()(
    z.looseObject({
      rendered: z.string().nullish(),
      protected: z.boolean().nullish(),
    }),
  ),
);

/** A blog post in WordPress REST format (`GET /wp-json/wp/v2/posts`). */
export interface WpPost {
  /** The post's id, e.g. `42`. */
  id?: number | null;
  /** Publication date, e.g. `2024-06-15T10:30:00`. */
  date?: string | null;
  /** URL slug, e.g. `how-to-use-nestjs`. */
  slug?: string | null;
  /** Publication status, e.g. `publish`. */
  status?: string | null;
  /** Post type, e.g. `post`. */
  type?: string | null;
  /** Rendered title. */
  title?: WpRendered | null;
  /** Rendered excerpt. */
  excerpt?: WpRendered | null;
  /** Rendered content. */
  content?: WpRendered | null;
  /** Author id. */
  author?: number | null;
  /** Featured media id. */
  featured_media?: number | null;
  /** Category ids. */
  categories?: number[] | null;
  /** Tag ids. */
  tags?: number[] | null;
}

/** Schema of {@link WpPost}. */
export const WpPostSchema = lazySchema(() =>
  schemaFor<WpPost>()(
    z.looseObject({
      id: z.number().nullish(),
      date: z.string().nullish(),
      slug: z.string().nullish(),
      status: z.string().nullish(),
      type: z.string().nullish(),
      title: WpRenderedSchema().nullish(),
      excerpt: WpRenderedSchema().nullish(),
      content: WpRenderedSchema().nullish(),
      author: z.number().nullish(),
      featured_media: z.number().nullish(),
      categories: z.array(z.number()).nullish(),
      tags: z.array(z.number()).nullish(),
    }),
  ),
);

/** A blog category in WordPress REST format (`GET /wp-json/wp/v2/categories`). */
export interface WpCategory {
  /** The category's id, e.g. `3`. */
  id?: number | null;
  /** Number of posts in the category. */
  count?: number | null;
  /** Description, e.g. `Articles about software engineering`. */
  description?: string | null;
  /** Name, e.g. `Engineering`. */
  name?: string | null;
  /** URL slug, e.g. `engineering`. */
  slug?: string | null;
  /** Taxonomy, `category`. */
  taxonomy?: string | null;
  /** Parent category id (`0` for none). */
  parent?: number | null;
}

/** Schema of {@link WpCategory}. */
export const WpCategorySchema = lazySchema(() =>
  schemaFor<WpCategory>()(
    z.looseObject({
      id: z.number().nullish(),
      count: z.number().nullish(),
      description: z.string().nullish(),
      name: z.string().nullish(),
      slug: z.string().nullish(),
      taxonomy: z.string().nullish(),
      parent: z.number().nullish(),
    }),
  ),
);

/** Request context of the WordPress routes. */
export const WP_CONTEXTS = ['view', 'embed', 'edit'] as const;

/** A list of WordPress ids: an array, or the comma-separated text the reference shows (`3,5`). */
export type WpIdList = number[] | string;

const wpIdList = () =>
  z.union([
    z.array(z.number().int().positive()),
    z.string().regex(/^\d+(,\d+)*$/, 'must be comma-separated ids, e.g. 3,5'),
  ]);

/** Query of the WordPress blog routes (posts and categories). */
export interface WpListQuery {
  /** Page number for pagination (>= 1). */
  page?: number;
  /** Number of items per page (WordPress allows 1..100). */
  per_page?: number;
  /** Search term to filter results. */
  search?: string;
  /** Category ids to filter by. */
  categories?: WpIdList;
  /** Tag ids to filter by. */
  tags?: WpIdList;
  /** Field to order results by, e.g. `date`. */
  orderby?: string;
  /** Sort direction (asc or desc). */
  order?: 'asc' | 'desc';
  /** Slug of the post or category to retrieve. */
  slug?: string;
  /** Fields to include in the response, e.g. `['id', 'title', 'link']`. */
  _fields?: string[] | string;
  /** Context for the request (view, embed, edit). */
  context?: (typeof WP_CONTEXTS)[number];
}

/** Schema of {@link WpListQuery}. */
export const WpListQuerySchema = lazySchema(() =>
  schemaFor<WpListQuery>()(
    z.looseObject({
      page: z.number().int().min(1).optional(),
      per_page: z.number().int().min(1).max(100).optional(),
      search: z.string().optional(),
      categories: wpIdList().optional(),
      tags: wpIdList().optional(),
      orderby: z.string().min(1).optional(),
      order: z.enum(['asc', 'desc']).optional(),
      slug: z.string().min(1).optional(),
      _fields: z.union([z.array(z.string().min(1)), z.string().min(1)]).optional(),
      context: z.enum(WP_CONTEXTS).optional(),
    }),
  ),
);
