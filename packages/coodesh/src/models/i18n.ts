import { lazySchema, schemaFor } from '@hr/core/internal';
import { z } from 'zod';

/** A name and a description in one locale. */
export interface LocalizedText {
  /** The name in this locale, e.g. `Carreira de Engenharia`. */
  name?: string | null;
  /** The description in this locale. */
  description?: string | null;
}

/** Schema of {@link LocalizedText}. */
export const LocalizedTextSchema = lazySchema(() =>
  schemaFor<LocalizedText>()(
    z.looseObject({
      name: z.string().nullish(),
      description: z.string().nullish(),
    }),
  ),
);

/** Localised name and description (`translated_content`), per content locale. */
export interface TranslatedContent {
  /** Portuguese. */
  pt?: LocalizedText | null;
  /** English. */
  en?: LocalizedText | null;
  /** Spanish. */
  es?: LocalizedText | null;
}

/** Schema of {@link TranslatedContent}. */
export const TranslatedContentSchema = lazySchema(() =>
  schemaFor<TranslatedContent>()(
    z.looseObject({
      pt: LocalizedTextSchema().nullish(),
      en: LocalizedTextSchema().nullish(),
      es: LocalizedTextSchema().nullish(),
    }),
  ),
);

/** A name and a description in one locale, as sent. */
export interface LocalizedTextInput {
  /** The name in this locale. */
  name?: string;
  /** The description in this locale. */
  description?: string;
}

/** Schema of {@link LocalizedTextInput}. */
export const LocalizedTextInputSchema = lazySchema(() =>
  schemaFor<LocalizedTextInput>()(
    z.looseObject({
      name: z.string().optional(),
      description: z.string().optional(),
    }),
  ),
);

/** Localised name and description (`translated_content`) to send, per content locale. */
export interface TranslatedContentInput {
  /** Portuguese. */
  pt?: LocalizedTextInput;
  /** English. */
  en?: LocalizedTextInput;
  /** Spanish. */
  es?: LocalizedTextInput;
}

/** Schema of {@link TranslatedContentInput}. */
export const TranslatedContentInputSchema = lazySchema(() =>
  schemaFor<TranslatedContentInput>()(
    z.looseObject({
      pt: LocalizedTextInputSchema().optional(),
      en: LocalizedTextInputSchema().optional(),
      es: LocalizedTextInputSchema().optional(),
    }),
  ),
);
